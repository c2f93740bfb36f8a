// The object `Taro.uploadFile` really returns, for a Taro release (or a whole line) and a set of
// platforms, typed from what the probe measured (runtime-data.d.ts, generated from data/runtime.json).
// This file declares no global and augments nothing: the root entry (index.d.ts) makes `Taro.uploadFile`
// return this type in Taro projects, and `/module` exports it for code that names its Taro and platforms.
import type { Lines, Member, NewestLine, OlderLines, OlderReleases, Releases, RuntimeData } from './runtime-data'

export type { NewestLine }
// React Native's result, exported so that a library's emitted declarations can name it (without this,
// `declaration: true` fails on an inferred result under bundler and node16 resolution, TS2883).
export type { FetchResponse, FetchResponseMembers } from './fetch-response'

/**
 * 探针执行过的 Taro 版本线（主版本.次版本），或其中一个已发布的版本（如 `'3.4.1'`）。`/module` 含 1.3 起的每条版本线；
 * 只加载根入口的 Taro 项目含 3.3 起的版本线（`@tarojs/taro` 的 peer 范围）。
 *
 * A Taro line the probe executed (major.minor: `'3.4'`), or one published release of it (`'3.4.1'`).
 * A release types what that release does; a line types what every release of the line does (the meet,
 * as for a union of platforms). With `/module`, every line from 1.3; in a Taro project that loads only
 * the root entry, the lines from 3.3 (where `@tarojs/taro`'s peer range starts).
 */
export type TaroVersion = keyof Releases | keyof OlderReleases

/**
 * 探针执行过的 Taro 版本线（主版本.次版本）。
 *
 * A Taro line the probe executed: the major.minor version of the project's Taro (with `/module`, 1.3
 * on; in a program that loads only the root entry, 3.3 on).
 */
export type TaroLine = keyof Lines | keyof OlderLines

/**
 * Taro 构建的平台：六个小程序平台、H5 与 React Native（`process.env.TARO_ENV` 的值）。
 *
 * A platform Taro builds for: the six mini-program platforms, H5 and React Native (the values of
 * `process.env.TARO_ENV`).
 */
export type TaroPlatform = 'weapp' | 'alipay' | 'tt' | 'swan' | 'qq' | 'jd' | 'h5' | 'rn'

/** The ranges of releases a version names: its own, or every range of its line. */
type RangesOf<V extends TaroVersion> = (Releases & OlderReleases)[V]

type Range = keyof RuntimeData

type Cell<V extends TaroVersion, P extends TaroPlatform> = RuntimeData[RangesOf<V>][P]

/**
 * What restricts the members on the platforms of P (a union for several) over the ranges of V, read with
 * plain indexed access: `[M] extends [Facts<V, P>['fails']]` is "M fails on one of them" (a union of
 * cells has each restriction one of its cells has); no mapped type, no distribution (over M either:
 * checking these declarations would distribute over every member and platform).
 */
type Facts<V extends TaroVersion, P extends TaroPlatform> = Cell<V, P>['members']

/** The platforms of P on which member M is missing or throws (only read in an error's `this`). */
type Failing<V extends TaroVersion, P extends TaroPlatform, M extends Member> =
  P extends TaroPlatform ? ([M] extends [Facts<V, P>['fails']] ? P : never) : never

/** The ranges of V in which member M is missing or throws on some platform of P (only read in an error's `this`). */
type FailingIn<V extends TaroVersion, P extends TaroPlatform, M extends Member> =
  RangesOf<V> extends infer R ? (R extends Range ? ([M] extends [RuntimeData[R][P]['members']['fails']] ? R : never) : never) : never

/**
 * 运行时在某些登记的平台上没有（或调用即抛出）的成员的 `this` 类型：任何调用都是编译错误，错误信息写出成员、平台与出错的 Taro 版本范围。
 *
 * The `this` of a member Taro's runtime lacks, or that throws, on some of the chosen platforms. The member
 * stays, so the value is assignable to Taro's own `UploadTask.UploadTaskPromise`, but no call compiles: the
 * error (TS2684) names the member, the platforms and the ranges of releases where it fails:
 * `NotAtRuntime<"headersReceive", "weapp", "4.2.0–4.2.1">`.
 */
export interface NotAtRuntime<Member extends string, Platforms extends TaroPlatform, Releases extends string> {
  /**
   * 运行时没有或会抛出的成员。
   *
   * The member that is missing or throws.
   */
  readonly member: Member
  /**
   * 它在哪些平台上没有或会抛出。
   *
   * The platforms where it is missing or throws.
   */
  readonly platforms: Platforms
  /**
   * 它在哪些 Taro 版本范围内没有或会抛出。
   *
   * The ranges of Taro releases where it is missing or throws.
   */
  readonly taro: Releases
}

/**
 * A member that fails on one of the platforms of P: no call can give it its `this`, and the error names
 * the member, those platforms and the line. (`& TaroPlatform` makes a new union, so an error spells the
 * platforms out instead of naming an alias of P.)
 */
type NotCallable<L extends TaroVersion, P extends TaroPlatform, M extends Member> =
  (this: NotAtRuntime<M, Failing<L, P, M> & TaroPlatform, FailingIn<L, P, M> & string>, ...nothing: never[]) => never

/**
 * 上传进度监听函数收到的对象：只含所有所选平台都提供的字段。
 *
 * What a progress listener receives: for several platforms, the union of their events, so only the
 * fields every one delivers can be read. H5 up to 3.4.10 spells the last one `totalBytesExpectedToSent`,
 * so `weapp | h5` on those lines cannot read it.
 */
export type ProgressUpdateResult<L extends TaroVersion = NewestLine, P extends TaroPlatform = 'weapp'> = Cell<L, P>['progressEvent']

/**
 * HTTP 响应头监听函数收到的对象。H5 的 `header` 是 `getAllResponseHeaders()` 返回的字符串，不是对象。
 *
 * What a response-header listener receives. On H5 `header` is the string `getAllResponseHeaders()`
 * returns, not an object.
 */
export type HeadersReceivedResult<L extends TaroVersion = NewestLine, P extends TaroPlatform = 'weapp'> = Cell<L, P>['headerEvent']

/**
 * `await Taro.uploadFile(...)` 得到的值：小程序与 H5 为成功结果（`data`、`statusCode`、`errMsg`），React Native 为
 * `fetch` 的 `Response`。
 *
 * What awaiting the upload gives: the success result (`data`, `statusCode`, `errMsg`) on mini programs
 * and H5, the `fetch` Response on React Native (3.2 on). A union of platforms gives the union.
 */
export type UploadResult<L extends TaroVersion = NewestLine, P extends TaroPlatform = 'weapp'> = Cell<L, P>['resolves']

// The members return `void` from conditional types, which dtslint's void-return rule takes for values.
// tslint:disable:void-return
/**
 * `Taro.uploadFile` 在 Taro 版本 L（一个已发布版本，或一条版本线的全部版本）、平台 P（可为联合类型）上真实返回的对象：
 * 一个 promise，加上在 P 的每个平台上都存在且不会抛出的成员。运行时会抛出的调用是编译错误。各成员的“运行时”一行中，
 * 带 † 的是平台自己的任务决定的（按厂商的描述，见 README 的“运行时实测”），其余是执行 Taro 代码测得的；版本范围跨过该平台
 * 未发布的版本。
 *
 * What `Taro.uploadFile` really returns on Taro L (a published release such as `'3.4.1'`, or a line such as
 * `'3.4'`, meaning every release of it) for the platforms P (a union for a project that builds for
 * several): a promise, with the members that exist and do not throw on every platform of P. In each
 * member's "Runtime:" line, † marks what the platform's own task decides (as its vendor describes it: see
 * README, "Runtime truth"); the rest is Taro's code, executed. A span of releases passes over the releases
 * not published for that platform.
 * A call that would throw at runtime is a compile error: a member missing on one of the platforms stays
 * on the type (so the value is assignable to Taro's own `UploadTask.UploadTaskPromise`), but its `this`
 * is `NotAtRuntime<member, platforms, releases>`, which no call can give it. In a Taro project the root entry
 * makes `Taro.uploadFile` return `UploadTaskPromise<RegisteredVersion, RegisteredPlatform>`; library code
 * names the version and platforms itself.
 *
 * @see https://docs.taro.zone/docs/apis/network/upload/uploadFile
 * @example
 * type Upload = UploadTaskPromise<'3.6.40', 'weapp' | 'h5'>
 * declare const upload: Upload
 * upload.onProgressUpdate(({ progress }) => console.log(progress))
 * // H5 的 abort 返回 undefined，两个平台合起来不能链式调用 / H5's abort returns undefined, so the pair does not chain
 * upload.abort() //=> void
 */
export interface UploadTaskPromise<L extends TaroVersion = NewestLine, P extends TaroPlatform = 'weapp'> extends Promise<UploadResult<L, P>> {
  /**
   * 中断上传。小程序上先调用传入的回调，再中断，并返回同一个 promise；H5 忽略回调并返回 `undefined`（H5 3.6.0 到
   * 3.6.15 没有它）。
   *
   * Abort the upload. Mini programs call the callback first, then abort, and return the same promise;
   * H5 ignores the callback and returns `undefined` (H5 3.6.0 to 3.6.15 has no abort), so a callback is
   * accepted only where every chosen platform runs it. The spec documents `abort(): void` with no callback.
   *
   * 运行时 / Runtime: weapp, alipay, tt, swan, qq 1.3.0–4.2.1: returns the promise, runs its callback† ·
   * jd 2.0.6–4.2.1: returns the promise, runs its callback† ·
   * h5 1.3.0–3.3.16: returns undefined, ignores its callback† ·
   * h5 3.3.19–3.5.12: returns undefined, ignores its callback† ·
   * h5 3.6.16–4.2.1: a getter, returns undefined, ignores its callback†
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.abort.html
   * @example
   * declare const upload: UploadTaskPromise<'4.2', 'weapp'>
   * upload.abort() //=> UploadTaskPromise<'4.2', 'weapp'>
   */
  abort: 'abort' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'abort'>
    : (...callback: 'abort' extends Facts<L, P>['nocallback'] ? [] : [callback?: () => void]) => 'abort' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>

  /**
   * 监听上传进度。它是平台任务自己的方法（小程序 Taro 3.4.3 起、H5 3.6.16 起在 promise 上），返回 `undefined`。
   * 规范（Taro 2.1.1 文档）把它列在微信上，但那里的运行时没有它（`onProgressUpdate is not a function`）。
   *
   * Listen to upload progress. This is the platform task's own method, copied onto the promise from
   * Taro 3.4.3 (mini programs) and 3.6.16 (H5); it returns `undefined`. The spec lists it on 2.1.1 WeChat,
   * where the runtime does not have it (`onProgressUpdate is not a function`).
   *
   * 运行时 / Runtime: weapp, alipay, tt, swan, qq, jd 3.4.3–4.2.1: returns undefined† ·
   * h5 3.6.16–4.2.1: a getter, returns undefined
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html
   * @example
   * const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' })
   * upload.onProgressUpdate(({ progress }) => console.log(`${progress}%`)) //=> void
   */
  onProgressUpdate: 'onProgressUpdate' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'onProgressUpdate'>
    : (listener: (result: ProgressUpdateResult<L, P>) => void) => 'onProgressUpdate' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>

  /**
   * 取消监听上传进度。传入 `onProgressUpdate` 或 `progress` 时的同一个函数只移除它；不传参数则移除全部监听函数。
   *
   * Stop listening to upload progress. Pass the function given to `onProgressUpdate` or `progress` to
   * remove just that one.
   *
   * 运行时 / Runtime: weapp, alipay, swan, qq, jd 3.4.3–4.2.1: returns undefined, no argument removes every listener† ·
   * h5 3.6.16–3.6.23: a getter, returns undefined, no argument removes nothing ·
   * h5 3.6.24–4.2.1: a getter, returns undefined, no argument removes every listener
   * @param listener 要移除的监听函数；不传则移除全部 / the listener to remove; pass nothing to remove every listener
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.offProgressUpdate.html
   * @example
   * const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' })
   * const listener = ({ progress }: { progress: number }) => console.log(progress)
   * upload.onProgressUpdate(listener)
   * upload.offProgressUpdate(listener) // 移除这一个 / removes this one
   * // 不传参数：移除全部 / no argument: removes every listener
   * upload.offProgressUpdate() //=> void
   */
  offProgressUpdate: 'offProgressUpdate' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'offProgressUpdate'>
    : (...listener: 'offProgressUpdate' extends Facts<L, P>['keeps']
      ? [listener: (result: ProgressUpdateResult<L, P>) => void]
      : [listener?: (result: ProgressUpdateResult<L, P>) => void]) => 'offProgressUpdate' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>

  /**
   * 监听 HTTP 响应头事件，比上传完成更早触发。它是平台任务自己的方法（小程序 Taro 3.4.3 起、H5 3.6.16 起在 promise
   * 上）；抖音的任务没有它。
   *
   * Listen to the HTTP response header event, which fires before the upload completes. The platform
   * task's own method, on the promise from Taro 3.4.3 (mini programs) and 3.6.16 (H5); Douyin's task has none.
   *
   * 运行时 / Runtime: weapp, alipay, swan, qq, jd 3.4.3–4.2.1: returns undefined† ·
   * h5 3.6.16–4.2.1: a getter, returns undefined
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onHeadersReceived.html
   * @example
   * const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' })
   * upload.onHeadersReceived(({ header }) => console.log(header)) //=> void
   */
  onHeadersReceived: 'onHeadersReceived' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'onHeadersReceived'>
    : (listener: (result: HeadersReceivedResult<L, P>) => void) => 'onHeadersReceived' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>

  /**
   * 取消监听 HTTP 响应头事件。传入同一个函数只移除它；不传参数则移除全部监听函数。
   *
   * Stop listening to the HTTP response header event. Pass the function given to `onHeadersReceived`
   * (or, on H5, `headersReceive`) to remove just that one.
   *
   * 运行时 / Runtime: weapp, alipay, swan, qq, jd 3.4.3–4.2.1: returns undefined, no argument removes every listener† ·
   * h5 3.6.16–3.6.23: a getter, returns undefined, no argument removes nothing ·
   * h5 3.6.24–4.2.1: a getter, returns undefined, no argument removes every listener
   * @param listener 要移除的监听函数；不传则移除全部 / the listener to remove; pass nothing to remove every listener
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.offHeadersReceived.html
   * @example
   * const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' })
   * // 不传参数：移除全部 / no argument: removes every listener
   * upload.offHeadersReceived() //=> void
   */
  offHeadersReceived: 'offHeadersReceived' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'offHeadersReceived'>
    : (...listener: 'offHeadersReceived' extends Facts<L, P>['keeps']
      ? [listener: (result: HeadersReceivedResult<L, P>) => void]
      : [listener?: (result: HeadersReceivedResult<L, P>) => void]) => 'offHeadersReceived' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>

  /**
   * Taro 的进度监听：小程序上调用平台任务的 `onProgressUpdate` 并返回同一个 promise，可以链式调用；H5 返回
   * `undefined`；H5 3.3.19 到 3.4.1 调用即抛出。
   *
   * Taro's progress listener. On mini programs it calls the task's `onProgressUpdate` and returns the same
   * promise, so `.progress(cb).then(...)` chains; H5 returns `undefined`; on H5 3.3.19 to 3.4.1 it throws. The spec
   * calls it an alias of `onProgressUpdate` returning `void`.
   *
   * 运行时 / Runtime: weapp, alipay, tt, swan, qq 1.3.0–4.2.1: returns the promise† ·
   * jd 2.0.6–4.2.1: returns the promise† · h5 1.3.0–3.3.16: returns undefined ·
   * h5 3.3.19–3.4.1: throws TypeError · h5 3.4.2–4.2.1: returns undefined
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html
   * @example
   * declare const upload: UploadTaskPromise<'4.2', 'weapp'>
   * upload.progress(({ progress }) => console.log(`${progress}%`)) //=> UploadTaskPromise<'4.2', 'weapp'>
   */
  progress: 'progress' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'progress'>
    : (listener: (result: ProgressUpdateResult<L, P>) => void) => 'progress' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>

  /**
   * 微信小程序上 Taro 1.3.37–1.3.46 与 2.0.3–2.2.22 的响应头监听：调用任务的 `onHeadersReceived` 并返回同一个 promise。
   * 更早的版本没有它，3.0 起也不存在。
   *
   * Taro's header listener on WeChat 1.3.37–1.3.46 and 2.0.3–2.2.22: it calls the task's `onHeadersReceived`
   * and returns the same promise. Earlier releases lack it, and it is gone from 3.0 on, although Taro's own
   * types long kept it.
   *
   * 运行时 / Runtime: weapp 1.3.37–1.3.46: returns the promise† · weapp 2.0.3–2.2.22: returns the promise†
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onHeadersReceived.html
   * @example
   * // 3.3 之前的版本线只在 `/module` 中 / the lines before 3.3 are in `/module` only
   * declare const upload: import('taro-upload-task-types/module').UploadTaskPromise<'2.1', 'weapp'>
   * upload.headersReceived(({ header }) => console.log(header)).then(({ statusCode }) => statusCode) //=> Promise<number>
   */
  headersReceived: 'headersReceived' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'headersReceived'>
    : (listener: (result: HeadersReceivedResult<L, P>) => void) => 'headersReceived' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>

  /**
   * H5 的响应头监听，返回 `undefined`；H5 3.3.19 到 3.4.1 调用即抛出。Taro 3.3 起的类型把它列给所有平台，但小程序上从未存在。
   *
   * H5's header listener; it returns `undefined`. On H5 3.3.19 to 3.4.1 it throws. Taro's types list it for every
   * platform from 3.3 on; it has never existed on a mini-program platform.
   *
   * 运行时 / Runtime: h5 1.3.0–3.3.16: returns undefined · h5 3.3.19–3.4.1: throws TypeError ·
   * h5 3.4.2–4.2.1: returns undefined
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onHeadersReceived.html
   * @example
   * declare const upload: UploadTaskPromise<'4.2', 'h5'>
   * upload.headersReceive(({ header }) => {
   *   header //=> string
   *   console.log(header.split('\r\n'))
   * })
   */
  headersReceive: 'headersReceive' extends Facts<L, P>['fails'] ? NotCallable<L, P, 'headersReceive'>
    : (listener: (result: HeadersReceivedResult<L, P>) => void) => 'headersReceive' extends Facts<L, P>['void'] ? void : UploadTaskPromise<L, P>
}
// tslint:enable:void-return

/**
 * 已弃用：2.1 起成员直接声明在 `UploadTaskPromise` 上，此名称即指它。
 *
 * Deprecated in 2.1: the members are declared on `UploadTaskPromise` itself, which this name now means.
 * @deprecated
 */
export type UploadTaskPromiseMembers<L extends TaroVersion, P extends TaroPlatform> = UploadTaskPromise<L, P>

// Only the declarations marked `export` above are this file's exports.
export {}
