// Taro UploadTask: every declaration of the package, written once, as module exports.
// Spec: the Taro 2.1.1 docs page "UploadTask". Order follows it: methods, callbacks, results,
// then the "API 支持度" (platform support) table.
// This file declares no global; `index.d.ts` puts these types on the global `Taro` namespace.

/**
 * 上传任务：`Taro.uploadFile` 的返回值，可以监听上传进度变化和 HTTP 响应头事件，也可以中断上传。
 *
 * The upload task that `Taro.uploadFile` returns: listen to upload progress and to the HTTP
 * response header, or abort the upload.
 *
 * @supported weapp
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.html
 * @example
 * const task = Taro.uploadFile({ url, filePath, name: 'file' })
 * task.onProgressUpdate(({ progress }) => console.log(`${progress}%`)) //=> void
 */
export interface UploadTask {
  /**
   * 中断上传任务。
   *
   * Abort the upload. Takes no argument.
   *
   * @supported weapp
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.abort.html
   * @example
   * task.abort() //=> void
   */
  abort(): void

  /**
   * 取消监听 HTTP 响应头事件。传入 `onHeadersReceived` 时的同一个函数对象，只移除它；不传参数则移除全部监听函数。
   *
   * Stop listening to the HTTP response header event. Pass the same function object that was given
   * to `onHeadersReceived` (or `headersReceived`) to remove just that listener; pass nothing to remove them all.
   *
   * @supported weapp
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.offHeadersReceived.html
   * @example
   * const listener: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => console.log(header)
   * task.onHeadersReceived(listener)
   * task.offHeadersReceived(listener) // 移除这一个 / removes this one
   * // 不传参数：移除全部 / no argument: removes all
   * task.offHeadersReceived() //=> void
   */
  offHeadersReceived(
    callback?: UploadTask.OnHeadersReceivedCallback | UploadTask.OffHeadersReceivedCallback,
  ): void

  /**
   * 取消监听上传进度变化事件。传入 `onProgressUpdate` 时的同一个函数对象，只移除它；不传参数则移除全部监听函数。
   *
   * Stop listening to upload progress. Pass the same function object that was given to
   * `onProgressUpdate` (or `progress`) to remove just that listener; pass nothing to remove them all.
   *
   * @supported weapp
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.offProgressUpdate.html
   * @example
   * const listener: Taro.UploadTask.OnProgressUpdateCallback = ({ progress }) => console.log(progress)
   * task.onProgressUpdate(listener)
   * task.offProgressUpdate(listener) // 移除这一个 / removes this one
   * // 不传参数：移除全部 / no argument: removes all
   * task.offProgressUpdate() //=> void
   */
  offProgressUpdate(
    callback?: UploadTask.OnProgressUpdateCallback | UploadTask.OffProgressUpdateCallback,
  ): void

  /**
   * 监听 HTTP 响应头事件，会比上传完成事件更早触发。
   *
   * Listen to the HTTP response header event; it fires before the upload completes.
   *
   * @supported weapp
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onHeadersReceived.html
   * @example
   * const listener: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => {
   *   header //=> Record<string, any>
   *   console.log(header['Content-Type'])
   * }
   * task.onHeadersReceived(listener) //=> void
   * task.offHeadersReceived(listener)
   */
  onHeadersReceived(callback: UploadTask.OnHeadersReceivedCallback): void

  /**
   * `onHeadersReceived` 的别名（Taro 提供），签名与平台支持完全相同。
   *
   * Taro's alias of `onHeadersReceived`: same signature, same platforms.
   *
   * @supported weapp
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onHeadersReceived.html
   * @example
   * const listener: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => console.log(header)
   * task.headersReceived(listener) //=> void
   * task.offHeadersReceived(listener)
   */
  headersReceived: UploadTask['onHeadersReceived']

  /**
   * 监听上传进度变化事件。
   *
   * Listen to upload progress: the percentage and the bytes sent so far.
   *
   * @supported weapp
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html
   * @example
   * const listener: Taro.UploadTask.OnProgressUpdateCallback = ({ progress, totalBytesSent, totalBytesExpectedToSend }) =>
   *   console.log(`${progress}% (${totalBytesSent}/${totalBytesExpectedToSend})`)
   * task.onProgressUpdate(listener) //=> void
   * task.offProgressUpdate(listener)
   */
  onProgressUpdate(callback: UploadTask.OnProgressUpdateCallback): void

  /**
   * `onProgressUpdate` 的别名（Taro 提供），签名与平台支持完全相同。
   *
   * Taro's alias of `onProgressUpdate`: same signature, same platforms.
   *
   * @supported weapp
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html
   * @example
   * const listener: Taro.UploadTask.OnProgressUpdateCallback = ({ progress }) => console.log(progress)
   * task.progress(listener) //=> void
   * task.offProgressUpdate(listener)
   */
  progress: UploadTask['onProgressUpdate']
}

export namespace UploadTask {
  /**
   * 文档中 `offHeadersReceived` 的回调形式：参数为通用回调结果。`offHeadersReceived` 同样接受
   * `onHeadersReceived` 的监听函数，移除监听时应传入那一个函数对象。
   *
   * The listener form the spec gives for `offHeadersReceived`, called with the general callback result.
   * `offHeadersReceived` also takes the `onHeadersReceived` listener, which is what removes it.
   *
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.offHeadersReceived.html
   */
  type OffHeadersReceivedCallback = (res: CallbackResult) => void

  /**
   * 文档中 `offProgressUpdate` 的回调形式：参数为通用回调结果。`offProgressUpdate` 同样接受
   * `onProgressUpdate` 的监听函数，移除监听时应传入那一个函数对象。
   *
   * The listener form the spec gives for `offProgressUpdate`, called with the general callback result.
   * `offProgressUpdate` also takes the `onProgressUpdate` listener, which is what removes it.
   *
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.offProgressUpdate.html
   */
  type OffProgressUpdateCallback = (res: CallbackResult) => void

  /**
   * HTTP 响应头事件的监听函数。
   *
   * Listener for the HTTP response header event, passed to `onHeadersReceived` / `headersReceived`.
   *
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onHeadersReceived.html
   * @example
   * const listener: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => {
   *   header //=> Record<string, any>
   * }
   */
  type OnHeadersReceivedCallback = (result: OnHeadersReceivedCallbackResult) => void

  /**
   * 上传进度变化事件的监听函数。
   *
   * Listener for upload progress, passed to `onProgressUpdate` / `progress`.
   *
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html
   * @example
   * const listener: Taro.UploadTask.OnProgressUpdateCallback = ({ progress }) => {
   *   progress //=> number
   * }
   */
  type OnProgressUpdateCallback = (result: OnProgressUpdateCallbackResult) => void

  /**
   * HTTP 响应头事件的回调参数。
   *
   * What the HTTP response header listener receives.
   *
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onHeadersReceived.html
   */
  interface OnHeadersReceivedCallbackResult {
    /**
     * 开发者服务器返回的 HTTP 响应头。
     *
     * The HTTP response header sent by the developer's server.
     */
    header: Record<string, any>
  }

  /**
   * 上传进度变化事件的回调参数。
   *
   * What the upload progress listener receives.
   *
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html
   */
  interface OnProgressUpdateCallbackResult {
    /**
     * 上传进度百分比（0 到 100）。
     *
     * Upload progress as a percentage (0 to 100).
     */
    progress: number
    /**
     * 预期需要上传的数据总长度，单位 Bytes。
     *
     * Total number of bytes expected to be sent.
     */
    totalBytesExpectedToSend: number
    /**
     * 已经上传的数据长度，单位 Bytes。
     *
     * Number of bytes sent so far.
     */
    totalBytesSent: number
  }

  /**
   * 文档“API 支持度”表中的平台：`weapp` 微信小程序，`h5` H5，`rn` React Native。
   *
   * The platforms of the spec's support table: `weapp` (WeChat mini program), `h5`, `rn` (React Native).
   */
  type Platform = 'weapp' | 'h5' | 'rn'

  /**
   * “API 支持度”表：每个方法支持的平台（联合类型）。别名与原方法相同。
   *
   * The support table as a type: for each method, the union of platforms that support it.
   * The aliases `headersReceived` and `progress` follow their methods.
   *
   * @example
   * declare const abortOn: Taro.UploadTask.Support['abort']
   * abortOn //=> 'weapp'
   */
  interface Support {
    /**
     * 支持 `abort` 的平台。
     *
     * Platforms that support `abort`.
     */
    abort: 'weapp'
    /**
     * 支持 `offHeadersReceived` 的平台。
     *
     * Platforms that support `offHeadersReceived`.
     */
    offHeadersReceived: 'weapp'
    /**
     * 支持 `offProgressUpdate` 的平台。
     *
     * Platforms that support `offProgressUpdate`.
     */
    offProgressUpdate: 'weapp'
    /**
     * 支持 `onHeadersReceived` 的平台。
     *
     * Platforms that support `onHeadersReceived`.
     */
    onHeadersReceived: 'weapp'
    /**
     * 支持 `headersReceived` 的平台：与 `onHeadersReceived` 相同。
     *
     * Platforms that support `headersReceived`: those of `onHeadersReceived`.
     */
    headersReceived: Support['onHeadersReceived']
    /**
     * 支持 `onProgressUpdate` 的平台。
     *
     * Platforms that support `onProgressUpdate`.
     */
    onProgressUpdate: 'weapp'
    /**
     * 支持 `progress` 的平台：与 `onProgressUpdate` 相同。
     *
     * Platforms that support `progress`: those of `onProgressUpdate`.
     */
    progress: Support['onProgressUpdate']
  }

  /**
   * 只保留平台 P 支持的方法的上传任务。P 为联合类型时，只保留所有这些平台都支持的方法。
   * 调用不支持的方法会在编译期报错；完整的 `UploadTask` 可以赋值给任意 `For<P>`。
   *
   * The task narrowed to the methods platform P supports; for a union of platforms, the methods
   * every one of them supports. Calling an unsupported method is a compile error, and a full
   * `UploadTask` is assignable to every `For<P>`.
   *
   * @example
   * const task: Taro.UploadTask.For<'weapp'> = Taro.uploadFile(options)
   * task.abort() // ok: weapp supports abort
   * const h5Task: Taro.UploadTask.For<'h5'> = task
   * h5Task.abort() // error: the table lists no H5 support for abort
   */
  type For<P extends Platform> = Pick<
    UploadTask,
    { [M in keyof Support]: [P] extends [Support[M]] ? M : never }[keyof Support]
  >
}

/**
 * 通用回调结果（Taro 中为 `Taro.General.CallbackResult`），文档中 `off*` 回调的参数类型。
 *
 * The general callback result (`Taro.General.CallbackResult` in Taro), the parameter type of the
 * spec's `off*` callbacks.
 */
export interface CallbackResult {
  /**
   * 错误信息，成功时为 `"<接口名>:ok"`。
   *
   * The result message: `"<api name>:ok"` on success, the reason otherwise.
   */
  errMsg: string
}

/**
 * 平台名称，同 `UploadTask.Platform`。
 *
 * The platform names; the same type as `UploadTask.Platform`.
 */
export import Platform = UploadTask.Platform
/**
 * 平台支持表，同 `UploadTask.Support`。
 *
 * The support table; the same type as `UploadTask.Support`.
 */
export import Support = UploadTask.Support
/**
 * 按平台收窄的上传任务，同 `UploadTask.For`。
 *
 * The task narrowed to a platform; the same type as `UploadTask.For`.
 */
export import For = UploadTask.For

// Only the declarations marked `export` above are this file's exports (without this line a declaration
// file exports every top-level declaration, marked or not).
export {}
