// Vonage application JWTs (RS256), minted per request from an application id and its private
// key with `jose`. Loaded lazily, so clients that authenticate otherwise never bundle it.

const DEFAULT_TTL_SECONDS = 15 * 60;

/** Returns a function that mints a fresh, short-lived token on every call. */
export function vonageJwtMinter(applicationId: string, privateKeyPem: string, ttlSeconds = DEFAULT_TTL_SECONDS): () => Promise<string> {
  let key: Promise<CryptoKey> | undefined;
  return async () => {
    const { SignJWT, importPKCS8 } = await import("jose");
    key ??= importPKCS8(privateKeyPem.replace(/\\n/g, "\n"), "RS256");
    return new SignJWT({ application_id: applicationId })
      .setProtectedHeader({ alg: "RS256", typ: "JWT" })
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .setJti(crypto.randomUUID())
      .sign(await key);
  };
}
