/** Subscribes a component to one side's run store. */
import { useSyncExternalStore } from 'react';
import type { RunStore, RunStoreState } from '../lib/run-store.ts';

export function useRunStore(store: RunStore): RunStoreState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
