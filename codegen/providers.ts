// The providers this toolkit generates clients for. Everything provider-specific that is not in
// the spec itself (the client's factory name and how credentials are passed) lives here.
export interface CredentialOption {
  /** Name of the client option, e.g. "apiKey". */
  option: string;
  /** Environment variable used when the option is not passed. */
  env?: string;
  description: string;
}

export interface ProviderConfig {
  id: string;
  /** Display name, e.g. "Telnyx". */
  name: string;
  /** Entry document, relative to the repository root. */
  entry: string;
  /** Name of the generated factory function, e.g. "createTelnyxClient". */
  factory: string;
  /** Variable name used for the client in docs examples. */
  clientVar: string;
  /** Default port of this provider's mock server (`npm run mock`). */
  mockPort: number;
  auth: {
    /** Sent as `Authorization: Bearer <value>`. */
    bearer?: CredentialOption;
    /** Sent as `Authorization: Basic base64(user:password)`. */
    basic?: { user: CredentialOption; password: CredentialOption };
    /** A Vonage application JWT minted per request (RS256) from an application id and private key. */
    jwtMint?: { applicationId: CredentialOption; privateKey: CredentialOption };
  };
  /** How the provider signs its webhooks, when it does: adds `client.webhooks.verify/unwrap`. */
  webhookSignature?: {
    scheme: "ed25519";
    signatureHeader: string;
    timestampHeader: string;
    publicKey: CredentialOption;
    /** Events delivered to webhook URLs that the spec models as schemas, not under `webhooks`. */
    extraEvents?: Array<{ name: string; type: string; description: string }>;
  };
}

export const providers: ProviderConfig[] = [
  {
    id: "telnyx",
    name: "Telnyx",
    entry: "specs/telnyx/openapi.yaml",
    factory: "createTelnyxClient",
    clientVar: "telnyx",
    mockPort: 4010,
    auth: {
      bearer: { option: "apiKey", env: "TELNYX_API_KEY", description: "Telnyx API key (Mission Control portal)." },
    },
    webhookSignature: {
      scheme: "ed25519",
      signatureHeader: "telnyx-signature-ed25519",
      timestampHeader: "telnyx-timestamp",
      publicKey: { option: "publicKey", env: "TELNYX_PUBLIC_KEY", description: "Telnyx's public key for webhook signatures (base64)." },
      extraEvents: [
        {
          name: "PortingWebhookEvent",
          type: '{ data: components["schemas"]["PortingEvent"] }',
          description: "A porting event posted to a porting order's webhook_url, in Telnyx's data envelope.",
        },
      ],
    },
  },
  {
    id: "vonage",
    name: "Vonage",
    entry: "specs/vonage/openapi.yaml",
    factory: "createVonageClient",
    clientVar: "vonage",
    mockPort: 4011,
    auth: {
      basic: {
        user: { option: "apiKey", env: "VONAGE_API_KEY", description: "Vonage API key." },
        password: { option: "apiSecret", env: "VONAGE_API_SECRET", description: "Vonage API secret." },
      },
      bearer: { option: "jwt", description: "A Vonage application JWT; used instead of key and secret when given." },
      jwtMint: {
        applicationId: { option: "applicationId", env: "VONAGE_APPLICATION_ID", description: "Vonage application id, to mint a JWT per request." },
        privateKey: { option: "privateKey", env: "VONAGE_PRIVATE_KEY", description: "The application's private key (PEM), to mint a JWT per request." },
      },
    },
  },
];
