/**
 * vitest 5 targets Node 22 but is pinned for this project's Node 20.20. Its reporter uses
 * `Map.groupBy` when it prints a failing test (and `Object.groupBy`, `Promise.withResolvers`
 * elsewhere); without these a failure would crash the reporter instead of being shown.
 * Imported first by vite.config.ts, which vitest loads in its main process. Remove on Node 22.
 */
type GroupKey = PropertyKey;

const MapWithGroupBy = Map as unknown as {
  groupBy?: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
};
MapWithGroupBy.groupBy ??= <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

const ObjectWithGroupBy = Object as unknown as {
  groupBy?: <T>(items: Iterable<T>, key: (item: T, index: number) => GroupKey) => Record<GroupKey, T[]>;
};
ObjectWithGroupBy.groupBy ??= <T>(items: Iterable<T>, key: (item: T, index: number) => GroupKey) => {
  const groups = Object.create(null) as Record<GroupKey, T[]>;
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    (groups[k] ??= []).push(item);
  }
  return groups;
};

const PromiseWithResolvers = Promise as unknown as { withResolvers?: () => unknown };
PromiseWithResolvers.withResolvers ??= () => {
  let resolve!: (value: unknown) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

export {};
