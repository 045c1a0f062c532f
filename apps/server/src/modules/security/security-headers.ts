import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../../config';

// A Host header as browsers send it (name or [IPv6], optional port): anything else is left out of the policy.
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The WebSocket origins of the host the page was served from: graphql-ws connects back to it. */
function sameHostSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * Every response's security headers, in one place (a page served by this server, e.g. an API explorer, adjusts
 * them here). The policy is strict: scripts only from our own origin (no inline script, no eval), requests only
 * to our origin and its WebSocket, no plugins, no <base>, forms post only here, framing per FRAME_ANCESTORS
 * (SHARE_FRAME_ANCESTORS for the shared-dashboard pages).
 * Plus nosniff, no referrer, no X-Powered-By (and helmet's other defaults: COOP, CORP same-origin, HSTS…).
 */
export function securityHeaders(config: Pick<Config, 'frameAncestors' | 'shareFrameAncestors'>): RequestHandler {
  const app = headersFor(config.frameAncestors);
  // A shared dashboard is what intranet pages embed: its own allowlist, so the rest of the app stays unframeable.
  const shared = headersFor(config.shareFrameAncestors);
  return (req, res, next) => (req.path.startsWith('/share/') ? shared : app)(req, res, next);
}

function headersFor(frameAncestors: string[]): RequestHandler {
  const [onlySource] = frameAncestors;
  const single = frameAncestors.length === 1;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // ApexCharts injects its stylesheet as a <style> element and sets style attributes; React style props too.
        // Styles cannot run script, and a nonce would need a per-request index.html.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // data: for the inline SVG favicon and icons in the stylesheet.
        imgSrc: ["'self'", 'data:'],
        // The explorer's stylesheet (GraphiQL) inlines its fonts as data: URLs.
        fontSrc: ["'self'", 'data:'],
        // 'self' covers same-host WebSockets only in CSP level 3 browsers: name them.
        connectSrc: ["'self'", (req: IncomingMessage, _res: ServerResponse) => sameHostSockets(req)],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors,
        // No upgrade-insecure-requests: the compose stack and local runs serve plain HTTP.
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Older browsers only read X-Frame-Options: the same answer where it can express it.
    xFrameOptions: single && onlySource === "'none'" ? { action: 'deny' } : single && onlySource === "'self'" ? { action: 'sameorigin' } : false,
  });
}
