// The institution's kind (kindergarten or social office) for screens that differ by it; loaded
// once per process from the vault's plaintext facts (records-adapters' cache).
import { useEffect, useState } from 'react';
import type { InstitutionKind } from '@shared/domain/types';
import { loadVaultInfo } from './records-adapters';

/** undefined until loaded. */
export const useInstitutionKind = (): InstitutionKind | undefined => {
  const [kind, setKind] = useState<InstitutionKind | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadVaultInfo().then((info) => {
      if (live) setKind(info.kind);
    });
    return () => {
      live = false;
    };
  }, []);
  return kind;
};
