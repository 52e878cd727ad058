/**
 * The words the diagrams and slides add around the flows' own texts, in both languages: where a
 * note's state lives, what happens to it, the "Correction" label, the documents-mode warning.
 */
import type { Localized } from './localized.ts';
import type { StorageChange, StorageEffect } from './types.ts';

export const LOCATION_LABELS: Readonly<Record<StorageEffect['location'], Localized>> = {
  'server-store': { en: 'session store', vi: 'session store' },
  'cookie-jar': { en: 'cookie jar', vi: 'cookie jar' },
  'local-storage': { en: 'localStorage', vi: 'localStorage' },
  memory: { en: 'memory', vi: 'bộ nhớ' },
  header: { en: 'header', vi: 'header' },
  'users-db': { en: 'users DB', vi: 'users DB' },
  'revocation-store': { en: 'revocation store', vi: 'revocation store' },
};

export const CHANGE_LABELS: Readonly<Record<StorageChange, Localized>> = {
  gains: { en: 'gains', vi: 'thêm' },
  changes: { en: 'changes', vi: 'đổi' },
  loses: { en: 'loses', vi: 'mất' },
  reads: { en: 'reads', vi: 'đọc' },
};

export const CORRECTION_LABEL: Localized = { en: 'Correction', vi: 'Đính chính' };

export const DOCUMENTS_MODE_LABEL: Localized = {
  en: 'As in the source documents: unsafe, shown to compare',
  vi: 'Như trong tài liệu gốc: không an toàn, chỉ để so sánh',
};
