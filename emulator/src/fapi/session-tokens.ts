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

/** The signing key and what is derived from it. */
interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
  readonly keyId: string;
}

/**
 * Signs session tokens like Clerk's: RS256 JWTs with the claims clerk-js and
 * Clerk's backend SDKs read, verifiable with the public key or the JWKS. Without a
 * given key, one is generated the first time it is needed (a 2048-bit RSA key takes a
 * few hundred milliseconds, which an emulator that never signs a token need not pay).
 */
export class SessionTokenSigner {
  #key: SigningKey | undefined;
  readonly #issuer: string;
  readonly #lifetimeSeconds: number;

  constructor(options: { issuer: string; lifetimeSeconds: number; privateKeyPem?: string }) {
    // A given key is read now, so that a malformed one fails at start.
    if (options.privateKeyPem !== undefined)
      this.#key = signingKey(createPrivateKey(options.privateKeyPem));
    this.#issuer = options.issuer;
    this.#lifetimeSeconds = options.lifetimeSeconds;
  }

  get keyId(): string {
    return this.#signingKey().keyId;
  }

  get publicKeyPem(): string {
    return this.#signingKey().publicKeyPem;
  }

  #signingKey(): SigningKey {
    this.#key ??= signingKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    return this.#key;
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
    const signature = sign('RSA-SHA256', Buffer.from(signingInput), this.#signingKey().privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
  }

  /** The key set with the one signing key, for `/v1/jwks` and `/.well-known/jwks.json`. */
  jwks(): JsonWebKeySet {
    const jwk = createPublicKey(this.#signingKey().privateKey).export({ format: 'jwk' });
    return {
      keys: [{ use: 'sig', kty: 'RSA', kid: this.keyId, alg: 'RS256', n: jwk.n, e: jwk.e }],
    };
  }
}

function signingKey(privateKey: KeyObject): SigningKey {
  const publicKeyPem = createPublicKey(privateKey)
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return {
    privateKey,
    publicKeyPem,
    keyId: `ins_${createHash('sha256').update(publicKeyPem).digest('hex').slice(0, 27)}`,
  };
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
