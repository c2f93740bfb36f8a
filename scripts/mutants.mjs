// The project's own mutants: small mistakes in the declarations, the generated data and package.json
// that the suite must catch. `npm run mutate` applies each to a scratch copy and runs `npm test` there.
// `from` must occur exactly once in `file`; `type: true` marks a change to a type (which at least two
// checks should catch), `type: false` a change to docs or packaging.
const link = page => `https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.${page}.html`

export const mutants = [
  // The documented interface (upload-task.d.ts).
  { id: 'abort-returns-any', type: true, file: 'types/upload-task.d.ts', from: '  abort(): void', to: '  abort(): any' },
  { id: 'abort-takes-callback', type: true, file: 'types/upload-task.d.ts', from: '  abort(): void', to: '  abort(callback?: () => void): void' },
  { id: 'off-progress-argument-required', type: true, file: 'types/upload-task.d.ts', from: '    callback?: UploadTask.OnProgressUpdateCallback | UploadTask.OffProgressUpdateCallback,', to: '    callback: UploadTask.OnProgressUpdateCallback | UploadTask.OffProgressUpdateCallback,' },
  { id: 'on-progress-listener-optional', type: true, file: 'types/upload-task.d.ts', from: '  onProgressUpdate(callback: UploadTask.OnProgressUpdateCallback): void', to: '  onProgressUpdate(callback?: UploadTask.OnProgressUpdateCallback): void' },
  { id: 'listener-returns-any', type: true, file: 'types/upload-task.d.ts', from: '  type OnProgressUpdateCallback = (result: OnProgressUpdateCallbackResult) => void', to: '  type OnProgressUpdateCallback = (result: OnProgressUpdateCallbackResult) => any' },
  { id: 'header-any', type: true, file: 'types/upload-task.d.ts', from: '    header: Record<string, any>', to: '    header: any' },
  { id: 'bytes-sent-readonly', type: true, file: 'types/upload-task.d.ts', from: '    totalBytesSent: number', to: '    readonly totalBytesSent: number' },
  { id: 'bytes-sent-optional', type: true, file: 'types/upload-task.d.ts', from: '    totalBytesSent: number', to: '    totalBytesSent?: number' },
  { id: 'support-abort-h5', type: true, file: 'types/upload-task.d.ts', from: "    abort: 'weapp'", to: "    abort: 'weapp' | 'h5'" },
  { id: 'for-distributive', type: true, file: 'types/upload-task.d.ts', from: '[P] extends [Support[M]] ? M : never', to: 'P extends Support[M] ? M : never' },
  { id: 'see-wrong-page', type: false, file: 'types/upload-task.d.ts', from: `   * @see ${link('offProgressUpdate')}\n   */\n  type OffProgressUpdateCallback`, to: `   * @see ${link('onProgressUpdate')}\n   */\n  type OffProgressUpdateCallback` },
  { id: 'see-removed-from-result', type: false, file: 'types/upload-task.d.ts', from: `   * @see ${link('onProgressUpdate')}\n   */\n  interface OnProgressUpdateCallbackResult`, to: '   */\n  interface OnProgressUpdateCallbackResult' },
  { id: 'chinese-removed', type: false, file: 'types/upload-task.d.ts', from: '   * 中断上传任务。\n', to: '' },
  // The entries.
  { id: 'global-drops-general', type: true, file: 'types/global.d.ts', from: '      export import CallbackResult = upload.CallbackResult', to: '' },
  { id: 'module-leaks-global', type: false, file: 'types/module.d.ts', from: "export * from './runtime'", to: "export * from './runtime'\ndeclare global {\n  namespace Taro {\n    type Leaked = 1\n  }\n}" },
  { id: 'root-ignores-register', type: true, file: 'types/index.d.ts', from: 'UploadTaskPromise<RegisteredVersion, RegisteredPlatform & TaroPlatform> : Problems', to: "UploadTaskPromise<NewestLine, 'weapp'> : Problems" },
  { id: 'root-default-all-platforms', type: true, file: 'types/index.d.ts', from: "type RegisteredPlatforms = Register extends { platform: infer P } ? P : 'weapp'", to: 'type RegisteredPlatforms = Register extends { platform: infer P } ? P : TaroPlatform' },
  // The runtime types (runtime.d.ts) and their data (runtime-data.d.ts, fetch-response.d.ts).
  { id: 'always-chains', type: true, file: 'types/runtime.d.ts', from: "'progress' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>", to: 'UploadTaskPromise<L, P>' },
  { id: 'abort-callback-everywhere', type: true, file: 'types/runtime.d.ts', from: "'abort' extends Facts<L, P>['nocallback'] ? [] : [callback?: () => void]", to: '[callback?: () => void]' },
  // (Making off*() optional everywhere would be an equivalent mutant: wherever off* exists, the data says
  // that no argument removes every listener. Its opposite is not.) One member's check reads the wrong
  // restriction: uncallable where a call returns undefined, instead of where it fails.
  { id: 'off-no-argument-nowhere', type: true, file: 'types/runtime.d.ts', from: "(...listener: 'offProgressUpdate' extends Facts<L, P>['keeps']", to: '(...listener: true extends true' },
  { id: 'members-on-any-platform', type: true, file: 'types/runtime.d.ts', from: "headersReceive: 'headersReceive' extends Facts<L, P>['fails']", to: "headersReceive: 'headersReceive' extends Facts<L, P>['void']" },
  { id: 'result-any', type: true, file: 'types/runtime.d.ts', from: "= Cell<L, P>['resolves']", to: '= any' },
  { id: 'runtime-doc-line', type: false, file: 'types/runtime.d.ts', from: 'weapp 2.0.3–2.2.22: returns the promise†\n', to: 'weapp 2.0.0–2.2.22: returns the promise†\n' },
  { id: 'data-h5-progress-works-on-3.3.19', type: true, file: 'types/runtime-data.d.ts', from: "interface Members_3_3_19_h5 {\n  fails: 'onProgressUpdate' | 'offProgressUpdate' | 'onHeadersReceived' | 'offHeadersReceived' | 'progress' | 'headersReceived' | 'headersReceive'\n  void: 'abort'\n", to: "interface Members_3_3_19_h5 {\n  fails: 'onProgressUpdate' | 'offProgressUpdate' | 'onHeadersReceived' | 'offHeadersReceived' | 'headersReceived' | 'headersReceive'\n  void: 'abort' | 'progress'\n" },
  { id: 'response-any', type: true, file: 'types/fetch-response.d.ts', from: 'export type FetchResponse = typeof globalThis', to: 'export type FetchResponse = any | typeof globalThis' },
  // package.json.
  { id: 'no-import-condition', type: false, file: 'package.json', from: '"import": {\n        "types": "./types/module.d.mts"\n      },\n      ', to: '' },
  { id: 'no-package-json-export', type: false, file: 'package.json', from: ',\n    "./package.json": "./package.json"', to: '' },
  { id: 'no-changelog-in-tarball', type: false, file: 'package.json', from: ',\n    "CHANGELOG.md"', to: '' },
  { id: 'no-types-versions', type: false, file: 'package.json', from: '"global": [\n        "./types/global.d.ts"\n      ],', to: '' },
  { id: 'a-dependency', type: false, file: 'package.json', from: '"peerDependenciesMeta": {', to: '"dependencies": { "left-pad": "1.3.0" },\n  "peerDependenciesMeta": {' },
]
