/** The provider-schema shapes the validator reads (`terraform providers schema -json`). */
export type SchemaType = "string" | "number" | "bool" | "dynamic" | [string, SchemaType] | ["object", Record<string, SchemaType>] | ["tuple", SchemaType[]];

export interface SchemaAttribute {
  type: SchemaType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
}

export interface SchemaBlockType {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaBlockType>;
}

export interface ProviderSchemaFile {
  provider_versions?: Record<string, string>;
  provider_schemas: Record<string, { provider: { block: SchemaBlock }; resource_schemas: Record<string, { block: SchemaBlock }>; data_source_schemas: Record<string, { block: SchemaBlock }> }>;
}
