// Every integration test gets a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
