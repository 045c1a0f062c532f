import { useSyncExternalStore } from 'react';
import { connectionStore, type ConnectionSnapshot, type ConnectionStore } from '../lib/connectionStore';

export function useConnectionStatus(store: ConnectionStore = connectionStore): ConnectionSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
