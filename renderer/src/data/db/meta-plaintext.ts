// The meta table's plaintext fields (the 'vault' row and the 'auditHead' row share the table).
// A module of its own so that later schema versions can extend it without an import cycle.
export const META_PLAINTEXT = [
  'id',
  'schemaVersion',
  'installSalt',
  'kind',
  'country',
  'createdAt',
  'lastSeq',
  'lastHash',
  'mac',
] as const;
