/** Reading the settings: storage.sync first, storage.local when sync has none or fails, both read at once. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { repairSettings } from '../../../src/shared/settings';
import { createFakeExtension, type FakeExtension } from '../background/fake-extension';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.current as FakeExtension).browser;
  },
}));
const { loadSettings } = await import('../../../src/shared/storage');

let ext: FakeExtension;
beforeEach(() => {
  ext = createFakeExtension();
  fake.current = ext;
});

describe('loadSettings', () => {
  test('the synced settings win over local ones', async () => {
    await ext.storage.sync.set({ settings: repairSettings({ name: 'Synced' }) });
    await ext.storage.local.set({ settings: repairSettings({ name: 'Local' }) });
    expect((await loadSettings()).name).toBe('Synced');
  });

  test('local settings when nothing is synced, or sync cannot be read', async () => {
    await ext.storage.local.set({ settings: repairSettings({ name: 'Local' }) });
    expect((await loadSettings()).name).toBe('Local');
    await ext.storage.sync.set({ settings: repairSettings({ name: 'Synced' }) });
    ext.storage.sync.failing = true;
    expect((await loadSettings()).name).toBe('Local');
  });

  test('the defaults when neither can be read', async () => {
    ext.storage.sync.failing = true;
    ext.storage.local.failing = true;
    expect(await loadSettings()).toEqual(repairSettings({}));
  });

  test('asks both areas at once: one wait, not two, when nothing is synced', async () => {
    const asked: string[] = [];
    let releaseSync!: () => void;
    const syncGet = ext.storage.sync.get.bind(ext.storage.sync);
    ext.storage.sync.get = async (key) => {
      asked.push('sync');
      await new Promise<void>((resolve) => (releaseSync = resolve));
      return syncGet(key);
    };
    const localGet = ext.storage.local.get.bind(ext.storage.local);
    ext.storage.local.get = async (key) => {
      asked.push('local');
      return localGet(key);
    };
    const loading = loadSettings();
    await vi.waitFor(() => expect(asked).toEqual(['sync', 'local']));
    releaseSync();
    expect(await loading).toEqual(repairSettings({}));
  });
});
