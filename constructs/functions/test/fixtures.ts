import { resourcesOf } from "../../testing";

export const SUBNET = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet";
export const IMAGE = "fra.ocir.io/frtenancy/pipeline/processor:1.4.2";
export const SECRET = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaasecret";

/** Bodies of one resource type keyed by display_name. */
export function byDisplayName(doc: unknown, type: string): Record<string, any> {
  return Object.fromEntries(Object.values(resourcesOf(doc, type)).map((body: any) => [body.display_name, body]));
}
