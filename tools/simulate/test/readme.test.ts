/**
 * The library example of tools/simulate/README.md, run from the README
 * (test/readme/examples.ts): what its comments say the simulations find.
 */
import { readmeExample } from "../../../test/readme/examples";
import { reaches } from "../index";

test("README: the upload reaches the function, the alarm and a published message reach the incident function through the topic", () => {
  const { scope } = readmeExample("tools/simulate/README.md", 0);
  const { sim, firing, published, processor, incidents, report } = scope;
  expect(sim.deliveries.map((d: any) => [d.stack, d.action, d.targetConstructPath])).toEqual([["uploads-dev", "FAAS", "uploads-dev/functions/processor/function"]]);
  expect(reaches(sim, processor)).toBe(true);
  expect(report).toContain("FAAS");
  for (const s of [firing, published]) {
    expect(reaches(s, incidents)).toBe(true);
    expect(reaches(s, processor)).toBe(false);
    const endpoints = s.deliveries.flatMap((d: any) => d.then).map((h: any) => (h.kind === "subscription" ? `${h.protocol} ${h.endpoint}` : h.kind));
    expect(endpoints.sort()).toEqual(["EMAIL oncall@example.com", expect.stringMatching(/^ORACLE_FUNCTIONS oci_functions_function\./)]);
  }
});
