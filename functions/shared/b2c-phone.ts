/**
 * How a mobile number is matched against B2C Service contacts.
 *
 * B2C keeps a phone's `number` as it was entered: contacts the functions create carry the E.164
 * form (+13365550622), but agents and imports type national or formatted forms. The lookup
 * therefore asks for any of the usual spellings of the same number in one ROQL `IN` query
 * (`phones.number IN (...)`; the q parameter accepts IN:
 * https://docs.oracle.com/en/cloud/saas/b2c-service/cxsvc/c_osvc_roql_object_queries.html):
 * - every number: E.164 with and without the leading "+";
 * - North American numbers (+1 and ten digits), also: 3365550622, (336) 555-0622, 336-555-0622,
 *   336.555.0622, 336 555 0622, 1-336-555-0622, 1 (336) 555-0622, +1 336 555 0622,
 *   +1 (336) 555-0622, +1-336-555-0622.
 * Spellings outside this list (other countries' national formats, extensions) are not found.
 */
export function phoneSpellings(e164: string): string[] {
  const digits = e164.replace(/^\+/, "");
  const out = [`+${digits}`, digits];
  const nanp = /^1([2-9][0-9]{2})([0-9]{3})([0-9]{4})$/.exec(digits);
  if (nanp) {
    const [, a, b, c] = nanp;
    out.push(
      `${a}${b}${c}`,
      `(${a}) ${b}-${c}`,
      `${a}-${b}-${c}`,
      `${a}.${b}.${c}`,
      `${a} ${b} ${c}`,
      `1-${a}-${b}-${c}`,
      `1 (${a}) ${b}-${c}`,
      `+1 ${a} ${b} ${c}`,
      `+1 (${a}) ${b}-${c}`,
      `+1-${a}-${b}-${c}`,
    );
  }
  return out;
}

const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * The sender as E.164. SMS providers send E.164 (`From=+13365550622`); separators some send or
 * some users configure ((), spaces, dots, dashes) are dropped and a missing "+" is added. Returns
 * undefined for anything that is then not 7 to 15 digits.
 */
export function toE164(value: string): string | undefined {
  const compact = value.replace(/[\s().-]/g, "");
  const withPlus = compact.startsWith("+") ? compact : `+${compact}`;
  return E164.test(withPlus) ? withPlus : undefined;
}
