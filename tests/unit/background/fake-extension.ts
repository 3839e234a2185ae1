/**
 * The shared fake `browser` (tests/unit/helpers/fake-browser.ts) plus what the badge, the context
 * menu, the storage and the content script need: per-tab badges, menus, storage areas with
 * change events, windows, tab events. Plain in-memory stand-ins; the real browser is exercised
 * by the end-to-end tests.
 */
import type { Menus, Runtime, Tabs } from 'webextension-polyfill';
import { createFakeBrowser } from '../helpers/fake-browser';

type StorageListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function storageArea(name: string, listeners: Set<StorageListener>) {
  const data = new Map<string, unknown>();
  return {
    data,
    failing: false,
    async get(key?: string | string[] | null) {
      if (this.failing) throw new Error(`storage.${name} is unavailable`);
      const keys = key == null ? [...data.keys()] : Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      if (this.failing) throw new Error(`storage.${name} is unavailable`);
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      for (const listener of listeners) listener(changes, name);
    },
    async remove(key: string | string[]) {
      for (const k of Array.isArray(key) ? key : [key]) data.delete(k);
    },
  };
}

type UpdatedListener = (tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => void;
type ClickListener = (info: Menus.OnClickData, tab?: Tabs.Tab) => void;

export interface FakeExtensionOptions {
  /** Without storage.session (older browsers). */
  session?: boolean;
  /** Who `runtime.sendMessage` is from (default: an extension page); a content script in a Gmail tab, say. */
  sender?: Runtime.MessageSender;
}

export function createFakeExtension(options: FakeExtensionOptions = {}) {
  const base = createFakeBrowser();
  const badges = new Map<number, string>();
  const badgeColors = new Map<number, string>();
  const menus = new Map<string | number, Menus.CreateCreatePropertiesType>();
  const windows: { url?: string | string[]; type?: string; width?: number; height?: number }[] = [];
  /** The toolbar popups opened with action.openPopup (their options), and whether it fails (as when the window is not active). */
  const actionPopups: ({ windowId?: number } | undefined)[] = [];
  const failures = { openPopup: false, windowsCreate: false };
  const storageListeners = new Set<StorageListener>();
  const updatedListeners = new Set<UpdatedListener>();
  const removedListeners = new Set<(tabId: number) => void>();
  const clickListeners = new Set<ClickListener>();
  const installedListeners = new Set<() => void>();
  const startupListeners = new Set<() => void>();
  const sync = storageArea('sync', storageListeners);
  const local = storageArea('local', storageListeners);
  const session = options.session === false ? undefined : storageArea('session', storageListeners);
  const sentToExtension: unknown[] = [];

  const browser = {
    ...base.browser,
    runtime: {
      ...base.browser.runtime,
      onInstalled: { addListener: (l: () => void) => void installedListeners.add(l) },
      onStartup: { addListener: (l: () => void) => void startupListeners.add(l) },
      sendMessage: async (message: unknown) => {
        sentToExtension.push(message);
        if (options.sender) return base.deliver(message, options.sender).catch(() => undefined);
        return base.browser.runtime.sendMessage(message).catch(() => undefined);
      },
    },
    action: {
      ...base.browser.action,
      setBadgeText: async ({ tabId, text }: { tabId?: number; text: string | null }) => {
        if (tabId !== undefined) badges.set(tabId, text ?? '');
      },
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId?: number; color: string }) => {
        if (tabId !== undefined) badgeColors.set(tabId, color);
      },
      setBadgeTextColor: async () => {},
      openPopup: async (popupOptions?: { windowId?: number }) => {
        if (failures.openPopup) throw new Error('Cannot show popup for an inactive window.');
        actionPopups.push(popupOptions);
      },
    },
    contextMenus: {
      create: (props: Menus.CreateCreatePropertiesType, callback?: () => void) => {
        if (props.id !== undefined) menus.set(props.id, props);
        callback?.();
        return props.id;
      },
      removeAll: async () => void menus.clear(),
      onClicked: { addListener: (l: ClickListener) => void clickListeners.add(l) },
    },
    storage: {
      sync,
      local,
      ...(session ? { session } : {}),
      onChanged: {
        addListener: (l: StorageListener) => void storageListeners.add(l),
        removeListener: (l: StorageListener) => void storageListeners.delete(l),
      },
    },
    tabs: {
      ...base.browser.tabs,
      onUpdated: { addListener: (l: UpdatedListener) => void updatedListeners.add(l) },
      onRemoved: { addListener: (l: (tabId: number) => void) => void removedListeners.add(l) },
    },
    windows: {
      create: async (data: { url?: string | string[]; type?: string; width?: number; height?: number }) => {
        if (failures.windowsCreate) throw new Error('windows.create is not available');
        windows.push(data);
        return { id: windows.length };
      },
    },
  };

  return {
    ...base,
    browser,
    badges,
    badgeColors,
    menus,
    windows,
    actionPopups,
    /** Make action.openPopup or windows.create fail from now on. */
    failures,
    storage: { sync, local, session },
    sentToExtension,
    install: () => installedListeners.forEach((l) => l()),
    /** The extension was reloaded: this copy of it can no longer send anything. */
    orphan: () => {
      (browser.runtime as { id?: string }).id = undefined;
      browser.runtime.sendMessage = async () => {
        throw new Error('Extension context invalidated.');
      };
    },
    clickMenu: (info: Partial<Menus.OnClickData>, tab?: Partial<Tabs.Tab>) =>
      [...clickListeners].forEach((l) => l({ menuItemId: '', editable: false, modifiers: [], ...info } as Menus.OnClickData, tab as Tabs.Tab)),
    tabUpdated: (tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Partial<Tabs.Tab> = {}) =>
      updatedListeners.forEach((l) => l(tabId, change, { id: tabId, ...tab } as Tabs.Tab)),
    tabRemoved: (tabId: number) => removedListeners.forEach((l) => l(tabId)),
  };
}

export type FakeExtension = ReturnType<typeof createFakeExtension>;
