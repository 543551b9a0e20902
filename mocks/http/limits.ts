// The node mock's default limits, apart from the server so that the mock command's usage text can
// quote them without loading the server (and Prism with it) for --help or a bad flag.
export const DEFAULT_LIMITS = {
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  /** After a 413 the rest of a body is read and dropped up to this, so the client gets the answer. */
  drainMaxBytes: 64 * 1024 * 1024,
} as const;
