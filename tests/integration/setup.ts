// Every integration test gets a real IndexedDB implementation in memory, and an in-memory Origin
// Private File System for the keybook (the real one is exercised by the e2e tests in Chromium).
import 'fake-indexeddb/auto';
import { installFakeOpfs } from './support/fake-opfs';

installFakeOpfs();
