import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret } from './source-secret';

describe('sealed connection strings', () => {
  const key = randomBytes(32);
  const plain = 'postgres://reader:s3cret@warehouse:5432/sales';

  it('opens with the key it was sealed with, and never seals the same text the same way twice', () => {
    const sealed = sealSecret(plain, key);
    expect(sealed).not.toContain('s3cret');
    expect(openSecret(sealed, key)).toBe(plain);
    expect(sealSecret(plain, key)).not.toBe(sealed);
  });

  it('refuses another key and a tampered value', () => {
    const sealed = sealSecret(plain, key);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
    const [version, nonce, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => openSecret([version, nonce, tag, flipped.toString('base64')].join('.'), key)).toThrow();
  });
});
