// Root entry, for Taro projects: one line in the project's global.d.ts,
//   /// <reference types="taro-upload-task-types" />
// beside the template's `@tarojs/taro` reference, makes `Taro.uploadFile` return the object Taro's runtime
// really returns (runtime.d.ts) for the line and platforms the project registers. It needs the types of
// `@tarojs/taro` 3.3 to 4.2 in the program, and declares no global of its own.
import type { NewestLine, TaroLine, TaroPlatform, UploadTaskPromise } from './runtime'

export * from './runtime'

/**
 * 在项目中登记 Taro 版本线与构建平台（一次）。不登记时为最新实测版本线与 `'weapp'`。
 *
 * Register the project's Taro line and platforms, once. Without it, the line is the newest the probe
 * executed and the platform is `'weapp'`.
 *
 * @example
 * import 'taro-upload-task-types'
 * declare module 'taro-upload-task-types' {
 *   interface Register {
 *     taro: '3.6'              // 项目的 Taro 主版本.次版本 / the project's Taro line, major.minor
 *     platform: 'weapp' | 'h5' // 项目构建的每个平台 / every platform the project builds for
 *   }
 * }
 */
export interface Register {}

/**
 * `Register` 中登记的版本线（未登记时为最新实测版本线）。
 *
 * The line `Register` names; the newest line the probe executed when it names none.
 */
export type RegisteredLine = Register extends { taro: infer L } ? Extract<L, TaroLine> : NewestLine

/**
 * `Register` 中登记的平台（未登记时为 `'weapp'`）。
 *
 * The platforms `Register` names; `'weapp'` when it names none.
 */
export type RegisteredPlatform = Register extends { platform: infer P } ? Extract<P, TaroPlatform> : 'weapp'

declare module '@tarojs/taro' {
  interface TaroStatic {
    /**
     * 将本地资源上传到服务器。返回值的类型是 Taro 运行时在登记的版本线与平台上真实返回的对象
     * （`UploadTaskPromise<RegisteredLine, RegisteredPlatform>`）：运行时会抛出的调用是编译错误。
     *
     * Upload a local file to a server. Typed by taro-upload-task-types as what Taro's runtime really
     * returns on the registered line and platforms: a call that would throw at runtime is a compile error.
     *
     * @see https://docs.taro.zone/docs/apis/network/upload/uploadFile
     * @example
     * const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' })
     * upload.progress(({ progress }) => console.log(`${progress}%`))
     * const { statusCode, data } = await upload
     */
    uploadFile(option: import('@tarojs/taro').uploadFile.Option): UploadTaskPromise<RegisteredLine, RegisteredPlatform>
  }
}
