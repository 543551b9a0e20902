// Masking keeps a recording valid and its links intact whatever the numbers and addresses are:
// a masked E.164 number is still E.164 of the same length, a masked address still an address;
// the same input always gives the same stand-in, and the original never survives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskText, sanitize } from "../../mocks/proxy/mask.js";

const SEED = 1616;
const e164 = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{6,13}$/)).map(([first, rest]) => `+${first}${rest}`);
const email = fc.tuple(fc.stringMatching(/^[a-z0-9._]{1,12}$/), fc.stringMatching(/^[a-z0-9-]{1,10}$/)).map(([user, domain]) => `${user}@${domain}.example.com`);

describe("masking (property, seeded)", () => {
  it("turns every E.164 number into another E.164 number of the same length, the same way each time", () => {
    console.log(`mask property seed: ${SEED}`);
    fc.assert(
      fc.property(e164, (number) => {
        const masked = maskText(number);
        expect(masked).toMatch(/^\+[1-9]\d{6,14}$/);
        expect(masked).toHaveLength(number.length);
        expect(masked).not.toBe(number);
        expect(maskText(number)).toBe(masked);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("masks numbers and addresses inside objects and sentences, leaving the rest of the text", () => {
    fc.assert(
      fc.property(e164, email, fc.stringMatching(/^[A-Za-z ]{0,20}$/), (number, address, words) => {
        const object = { note: `${words} call ${number} or write ${address}`, contacts: [{ phone: number, email: address }] };
        const masked = sanitize(object, { keepPii: false }) as typeof object;
        expect(JSON.stringify(masked)).not.toContain(address);
        expect(masked.note).not.toContain(number);
        expect(masked.note.startsWith(`${words} call +`)).toBe(true);
        expect(masked.contacts[0]!.phone).toBe(maskText(number));
        expect(masked.contacts[0]!.email).toMatch(/^user-[0-9a-f]{8}@example\.com$/);
        expect(masked.note).toContain(masked.contacts[0]!.email);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
