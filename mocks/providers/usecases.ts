// What a 10DLC use case costs and asks for, as The Campaign Registry prices it and both
// providers' qualification answers report it; one table so Telnyx's and Vonage's mocks agree.
// The rule the mocks apply (README quotes it): a brand whose identity is not verified qualifies
// for no use case, and POLITICAL needs a vetted brand; every other use case qualifies.

export interface UsecaseTerms {
  /** Monthly fee in US dollars; quarterly and annual fees are three and twelve times it. */
  monthlyFee: number;
  minSubUsecases: number;
  maxSubUsecases: number;
}

const SPECIAL: Record<string, UsecaseTerms> = {
  MIXED: { monthlyFee: 10, minSubUsecases: 2, maxSubUsecases: 5 },
  LOW_VOLUME: { monthlyFee: 1.5, minSubUsecases: 2, maxSubUsecases: 5 },
  AGENTS_FRANCHISES: { monthlyFee: 30, minSubUsecases: 0, maxSubUsecases: 0 },
  CHARITY: { monthlyFee: 3, minSubUsecases: 0, maxSubUsecases: 0 },
  EMERGENCY: { monthlyFee: 5, minSubUsecases: 0, maxSubUsecases: 0 },
  SOLE_PROPRIETOR: { monthlyFee: 2, minSubUsecases: 0, maxSubUsecases: 0 },
};

const STANDARD: UsecaseTerms = { monthlyFee: 10, minSubUsecases: 0, maxSubUsecases: 0 };

export function termsOf(usecase: string): UsecaseTerms {
  return Object.hasOwn(SPECIAL, usecase) ? SPECIAL[usecase]! : STANDARD;
}

/** Why a brand does not qualify for a use case, or undefined when it does. */
export function qualificationProblem(usecase: string, identity: { verified: boolean; vetted: boolean; label: string }): string | undefined {
  if (!identity.verified) return `Brand ${identity.label} is not verified, so it qualifies for no use case; its identity must be verified first.`;
  if (usecase === "POLITICAL" && !identity.vetted) return `Brand ${identity.label} qualifies for POLITICAL campaigns only after a successful political vetting.`;
  return undefined;
}
