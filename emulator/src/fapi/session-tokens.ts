import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';

/** A JSON Web Key Set as served at `/.well-known/jwks.json`. */
export interface JsonWebKeySet {
  readonly keys: readonly Record<string, unknown>[];
}

/** What a session token says about its session. */
export interface SessionTokenSubject {
  readonly sessionId: string;
  readonly userId: string;
  /** `sts` claim: the session status, `active` for a signed-in session. */
  readonly sessionStatus: string;
  /** `fva` claim: minutes since the first and second factor were verified; -1 when none. */
  readonly factorVerificationAgeMinutes: readonly [number, number];
  /** `azp` claim: the origin of the page that asked for the token. */
  readonly authorizedParty?: string;
}

/**
 * Signs session tokens like Clerk's: RS256 JWTs with the claims clerk-js and
 * Clerk's backend SDKs read, verifiable with the public key or the JWKS.
 */
export class SessionTokenSigner {
  readonly keyId: string;
  readonly publicKeyPem: string;
  readonly #privateKey: KeyObject;
  readonly #issuer: string;
  readonly #lifetimeSeconds: number;

  constructor(options: { issuer: string; lifetimeSeconds: number; privateKeyPem?: string }) {
    this.#privateKey = options.privateKeyPem
      ? createPrivateKey(options.privateKeyPem)
      : generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const publicKey = createPublicKey(this.#privateKey);
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    this.keyId = `ins_${createHash('sha256').update(this.publicKeyPem).digest('hex').slice(0, 27)}`;
    this.#issuer = options.issuer;
    this.#lifetimeSeconds = options.lifetimeSeconds;
  }

  /** A signed session token issued at `nowMs`. */
  sign(subject: SessionTokenSubject, nowMs: number): string {
    const issuedAt = Math.floor(nowMs / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: this.keyId };
    const claims: Record<string, unknown> = {
      ...(subject.authorizedParty ? { azp: subject.authorizedParty } : {}),
      exp: issuedAt + this.#lifetimeSeconds,
      fva: subject.factorVerificationAgeMinutes,
      iat: issuedAt,
      iss: this.#issuer,
      jti: randomBytes(10).toString('hex'),
      nbf: issuedAt - 10,
      sid: subject.sessionId,
      sts: subject.sessionStatus,
      sub: subject.userId,
      v: 2,
    };
    const signingInput = `${base64UrlJson(header)}.${base64UrlJson(claims)}`;
    const signature = sign('RSA-SHA256', Buffer.from(signingInput), this.#privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
  }

  /** The key set with the one signing key, for `/v1/jwks` and `/.well-known/jwks.json`. */
  jwks(): JsonWebKeySet {
    const jwk = createPublicKey(this.#privateKey).export({ format: 'jwk' });
    return {
      keys: [{ use: 'sig', kty: 'RSA', kid: this.keyId, alg: 'RS256', n: jwk.n, e: jwk.e }],
    };
  }
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
