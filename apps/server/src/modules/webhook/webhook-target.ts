import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Loopback, private, link-local (cloud metadata), CGNAT, documentation, multicast and other special-purpose ranges. */
const RESERVED: Array<[string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'], ['10.0.0.0', 8, 'ipv4'], ['100.64.0.0', 10, 'ipv4'], ['127.0.0.0', 8, 'ipv4'], ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'], ['203.0.113.0', 24, 'ipv4'], ['224.0.0.0', 4, 'ipv4'], ['240.0.0.0', 4, 'ipv4'],
  // Unspecified, loopback, IPv4-mapped and NAT64 (they reach IPv4 addresses), discard, documentation, 6to4, unique-local, link-local, multicast.
  ['::', 128, 'ipv6'], ['::1', 128, 'ipv6'], ['::ffff:0:0', 96, 'ipv6'], ['64:ff9b::', 96, 'ipv6'], ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'], ['2002::', 16, 'ipv6'], ['fc00::', 7, 'ipv6'], ['fe80::', 10, 'ipv6'], ['ff00::', 8, 'ipv6'],
];

const reserved = new BlockList();
for (const [network, bits, family] of RESERVED) reserved.addSubnet(network, bits, family);

/** The one message a refused target leaves in the delivery log. */
export const BLOCKED_TARGET = 'refused: private or reserved address (see WEBHOOK_ALLOWED_HOSTS)';

export class BlockedTargetError extends Error {
  constructor() {
    super(BLOCKED_TARGET);
  }
}

const familyOf = (address: string): 'ipv4' | 'ipv6' => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * Where webhooks may go. Internal addresses are refused unless WEBHOOK_ALLOWED_HOSTS lists the host name or
 * an address/CIDR covering them: an ADMIN's endpoint must not turn the server into a proxy to its own network.
 */
export class WebhookTargets {
  private readonly hosts = new Set<string>();
  private readonly networks = new BlockList();

  /** `allowed`: host names, addresses and CIDRs (validated by config). */
  constructor(allowed: readonly string[]) {
    for (const entry of allowed) {
      const [address, bits] = entry.split('/');
      if (isIP(address)) {
        const family = familyOf(address);
        if (bits === undefined) this.networks.addAddress(address, family);
        else this.networks.addSubnet(address, Number(bits), family);
      } else {
        this.hosts.add(entry.toLowerCase());
      }
    }
  }

  /** Whether a connection may be made to this address. */
  addressAllowed(address: string): boolean {
    const family = familyOf(address);
    return !reserved.check(address, family) || this.networks.check(address, family);
  }

  /** The URL's host as written: an IP literal is judged at once (no lookup happens for it); a name only once resolved. */
  literalAllowed(url: URL): boolean {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return this.hosts.has(host.toLowerCase()) || isIP(host) === 0 || this.addressAllowed(host);
  }

  /**
   * A DNS lookup for the connection that refuses internal addresses. The socket connects to exactly the address
   * checked here, so a name that resolves differently a moment later (DNS rebinding) cannot slip through.
   */
  private lookupFor(hostname: string): LookupFunction | undefined {
    if (this.hosts.has(hostname.toLowerCase())) return undefined;
    return (name, options, callback) => {
      dnsLookup(name, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
        if (error) return callback(error, '', 0);
        if (addresses.length === 0 || addresses.some(({ address }) => !this.addressAllowed(address))) return callback(new BlockedTargetError(), '', 0);
        if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
        return callback(null, addresses[0].address, addresses[0].family);
      });
    };
  }

  /**
   * POSTs `body` and resolves with the response status, reading no body. Redirects are not followed (a 3xx is
   * the answer), so a public endpoint cannot bounce the request inward.
   */
  post(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<number> {
    if (!this.literalAllowed(url)) return Promise.reject(new BlockedTargetError());
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const request = send(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, signal, lookup: this.lookupFor(url.hostname), agent: false }, (response) => {
        const status = response.statusCode ?? 0;
        response.destroy();
        resolve(status);
      });
      request.on('error', reject);
      request.end(body);
    });
  }
}
