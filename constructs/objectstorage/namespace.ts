import { IConstruct } from "constructs";
import { TerraformStack } from "cdktf";
import { DataOciObjectstorageNamespace } from "../../.gen/providers/oci/data-oci-objectstorage-namespace";
import { OciEnvironment } from "../core";

const ID = "objectstorage-namespace";

/**
 * The tenancy's Object Storage namespace, read once per stack through the
 * `oci_objectstorage_namespace` data source (construct id
 * `objectstorage-namespace` under the stack, a fixed address).
 */
export function objectStorageNamespace(scope: IConstruct): string {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ID);
  const source = existing instanceof DataOciObjectstorageNamespace ? existing : new DataOciObjectstorageNamespace(stack, ID, { compartmentId: OciEnvironment.of(scope).tenancyOcid });
  return source.namespace;
}
