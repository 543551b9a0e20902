// The numbers `availablePhoneNumbers.list` offers: a fixed, generated pool of valid E.164 numbers
// in a few regions, so a search answers with numbers that match every filter it names (country,
// state, locality, area code, digits, type, features, limit) and the same search always answers
// the same numbers. Numbers already ordered or reserved are no longer offered.
//
// The pool uses the 555-01XX exchange in NANP area codes (reserved for fiction, so no real
// subscriber is ever shown) and Ofcom's drama ranges for the UK.
import type { Json, OperationAnswer, OperationRequest, StateView } from "../../state/resource-def.js";
import { ownValue, scalarText } from "../../state/data.js";

interface Region {
  country: string;
  /** State, province or county, as `administrative_area` filters it. */
  area: string;
  locality: string;
  type: "local" | "toll_free";
  /** E.164 digits before the four-digit line number. */
  prefix: string;
  /** How many digits of `prefix` are the country code. */
  countryDigits: number;
  /** How many digits after the country code are the area code (national destination code). */
  ndcDigits: number;
}

const REGIONS: Region[] = [
  { country: "US", area: "CA", locality: "San Francisco", type: "local", prefix: "1415555", countryDigits: 1, ndcDigits: 3 },
  { country: "US", area: "CA", locality: "Los Angeles", type: "local", prefix: "1213555", countryDigits: 1, ndcDigits: 3 },
  { country: "US", area: "CA", locality: "Sacramento", type: "local", prefix: "1916555", countryDigits: 1, ndcDigits: 3 },
  { country: "US", area: "IL", locality: "Chicago", type: "local", prefix: "1312555", countryDigits: 1, ndcDigits: 3 },
  { country: "US", area: "NY", locality: "New York", type: "local", prefix: "1212555", countryDigits: 1, ndcDigits: 3 },
  { country: "US", area: "CO", locality: "Denver", type: "local", prefix: "1303555", countryDigits: 1, ndcDigits: 3 },
  { country: "US", area: "TX", locality: "Austin", type: "local", prefix: "1512555", countryDigits: 1, ndcDigits: 3 },
  { country: "US", area: "", locality: "", type: "toll_free", prefix: "1888555", countryDigits: 1, ndcDigits: 3 },
  { country: "CA", area: "ON", locality: "Toronto", type: "local", prefix: "1416555", countryDigits: 1, ndcDigits: 3 },
  { country: "GB", area: "London", locality: "London", type: "local", prefix: "44207946", countryDigits: 2, ndcDigits: 2 },
];

/** Numbers per region: line numbers 0100 to 0139. */
const PER_REGION = 40;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** Features by position, so each feature filter keeps some numbers and drops others. */
function featuresOf(index: number, region: Region): string[] {
  const features = ["voice"];
  if (index % 4 !== 3) features.push("sms");
  if (index % 2 === 0) features.push("mms");
  if (index % 5 === 0) features.push("fax");
  if (region.type === "local") features.push("emergency");
  return features;
}

interface PoolNumber {
  phone: string;
  region: Region;
  features: string[];
}

const POOL: PoolNumber[] = REGIONS.flatMap((region) =>
  Array.from({ length: PER_REGION }, (_, index) => ({
    phone: `+${region.prefix}${String(100 + index).padStart(4, "0")}`,
    region,
    features: featuresOf(index, region),
  })),
);

/** The search's filters, from `filter[...]` query keys however the client spelled arrays. */
interface Search {
  country?: string;
  area?: string;
  locality?: string;
  ndc?: string;
  startsWith?: string;
  contains?: string;
  endsWith?: string;
  type?: string;
  features: string[];
  limit: number;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(query: Record<string, string | string[]>, ...keys: string[]): string[] {
  return keys.flatMap((key) => ([] as string[]).concat(Object.hasOwn(query, key) ? query[key]! : [])).flatMap((v) => v.split(","));
}

function searchOf(query: Record<string, string | string[]>): Search {
  /** One filter's value; `path` is its key inside `filter`, e.g. "[phone_number][starts_with]". */
  const filter = (path: string) => first(Object.hasOwn(query, `filter${path}`) ? query[`filter${path}`] : undefined)?.trim() || undefined;
  const limit = Math.floor(Number(filter("[limit]") ?? DEFAULT_LIMIT));
  return {
    country: filter("[country_code]")?.toUpperCase(),
    area: filter("[administrative_area]")?.toLowerCase(),
    locality: filter("[locality]")?.toLowerCase(),
    ndc: filter("[national_destination_code]"),
    startsWith: filter("[phone_number][starts_with]"),
    contains: filter("[phone_number][contains]"),
    endsWith: filter("[phone_number][ends_with]"),
    type: filter("[phone_number_type]"),
    features: all(query, "filter[features]", "filter[features][]").map((f) => f.trim()).filter(Boolean),
    limit: Number.isFinite(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
  };
}

/** The national number (after the country code): what starts_with, contains and ends_with look at. */
function national(number: PoolNumber): string {
  return number.phone.slice(1 + number.region.countryDigits);
}

function matches(number: PoolNumber, search: Search): boolean {
  const { region } = number;
  const digits = national(number);
  return (
    (search.country === undefined || region.country === search.country) &&
    (search.area === undefined || region.area.toLowerCase() === search.area) &&
    (search.locality === undefined || region.locality.toLowerCase() === search.locality) &&
    (search.ndc === undefined || digits.slice(0, region.ndcDigits) === search.ndc) &&
    (search.startsWith === undefined || digits.startsWith(search.startsWith)) &&
    (search.contains === undefined || digits.includes(search.contains)) &&
    (search.endsWith === undefined || digits.endsWith(search.endsWith)) &&
    (search.type === undefined || region.type === search.type) &&
    search.features.every((feature) => number.features.includes(feature))
  );
}

/** Numbers taken by a number order or a reservation the mock keeps. */
function takenNumbers(view: StateView): Set<string> {
  const taken = new Set<string>();
  for (const resource of ["numberOrder", "numberReservation"]) {
    for (const object of view.all(resource)) {
      const numbers = ownValue(object, "phone_numbers");
      if (!Array.isArray(numbers)) continue;
      for (const item of numbers) {
        const phone = scalarText(ownValue(item, "phone_number"));
        if (phone) taken.add(phone);
      }
    }
  }
  return taken;
}

function record(number: PoolNumber): Json {
  const { region } = number;
  const regions = [
    ...(region.locality ? [{ region_type: "rate_center", region_name: `${region.locality.toUpperCase()} ZONE 01` }] : []),
    ...(region.area ? [{ region_type: "state", region_name: region.area }] : []),
    { region_type: "country_code", region_name: region.country },
  ];
  return {
    record_type: "available_phone_number",
    phone_number: number.phone,
    vanity_format: "",
    best_effort: false,
    quickship: true,
    reservable: true,
    region_information: regions,
    cost_information: { currency: "USD", monthly_cost: region.type === "toll_free" ? "2.00" : "1.00", upfront_cost: "1.00" },
    features: number.features.map((name) => ({ name })),
  };
}

/** GET /available_phone_numbers: the pool's numbers that match every filter, up to the limit. */
export function searchAvailableNumbers(request: OperationRequest, view: StateView): OperationAnswer {
  const search = searchOf(request.query);
  const taken = takenNumbers(view);
  const found = POOL.filter((number) => !taken.has(number.phone) && matches(number, search)).slice(0, search.limit);
  return { status: 200, body: { data: found.map(record), meta: { best_effort_results: 0, total_results: found.length } } };
}
