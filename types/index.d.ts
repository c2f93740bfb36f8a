// Root entry, for Taro projects. A `.d.ts` file of the project's own (never bundled, and not the
// template's global.d.ts, which an import would turn into a module) loads it and registers the project:
//   import type {} from 'taro-upload-task-types'
//   declare module 'taro-upload-task-types' { interface Register { taro: '4.2.1'; platform: 'weapp' | 'h5' } }
// From then on `Taro.uploadFile` returns the object Taro's runtime really returns (runtime.d.ts) on the
// registered release (or line) and platforms. It needs the types of `@tarojs/taro` 3.3 to 4.2 in the program, and
// declares no global of its own.
import type { NewestLine, OldestRootLine, Releases, RuntimeData } from './runtime-data'
import type { TaroPlatform, UploadTaskPromise } from './runtime'

export * from './runtime'

/**
 * 在项目中登记 Taro 版本与构建平台（一次，写在项目自己的 `.d.ts` 文件中）。不登记时为最新实测版本线与 `'weapp'`。
 * 精确版本按该版本的实测行为，版本线按该线所有版本共有的行为。登记错误（未实测的版本、数字、未知平台、未知字段、该版本没有运行时的
 * 平台）时，`Taro.uploadFile` 的返回值是 `RegisterProblem`，每次使用都报错。
 *
 * Register the project's Taro version and platforms, once, in a `.d.ts` file of the project's own.
 * Without it, the line is the newest the probe executed and the platform is `'weapp'`. `taro` takes an
 * exact published version (`'4.1.9'`, as package.json pins it: typed as that release behaves) or a line
 * (`'4.1'`: what every release of it does); `platform` takes every platform the project ships. A wrong
 * registration (a line the probe did not execute, a version never published, a number, an unknown
 * platform or field, a platform the release has no runtime for) is an error wherever an upload is used:
 * the value is then a `RegisterProblem` that names the field, the value and what is accepted.
 *
 * @example
 * import type {} from 'taro-upload-task-types'
 * declare module 'taro-upload-task-types' {
 *   interface Register {
 *     taro: '4.2.1'            // 项目 package.json 中的 Taro 版本 / the Taro version package.json pins
 *     platform: 'weapp' | 'h5' // 项目发布的每个平台 / every platform the project ships
 *   }
 * }
 * // 此后 / from then on:
 * Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' }) //=> UploadTaskPromise<'4.2.1', 'weapp' | 'h5'>
 */
export interface Register {}

/**
 * Taro 支持、但探针未执行过的平台：登记它们会得到说明这一点的错误。
 *
 * Platforms Taro builds for that the probe has not executed (the template's `TARO_ENV` values, and the
 * platform plugins of https://docs.taro.zone/docs/platform-plugin): registering one is an error that says so.
 */
export type UnprobedPlatform = 'quickapp' | 'harmony' | 'harmony-hybrid' | 'jdrn' | 'qywx' | 'dd' | 'iot' | 'lark' | 'kwai'

/**
 * 登记错误时 `Taro.uploadFile` 的返回值：没有上传任务的任何成员，因此每次使用都报错，错误信息写出字段、值与可接受的值。
 *
 * What `Taro.uploadFile` returns when `Register` is wrong: it has none of the upload's members and is no
 * promise, so every use of an upload is an error whose message names the field, the value and what is
 * accepted, for example `RegisterProblem<"taro", "4.3", "...">`.
 */
export interface RegisterProblem<Field extends string, Value, Accepted extends string> {
  /**
   * `Register` 的字段。
   *
   * The field of `Register`.
   */
  readonly field: Field
  /**
   * 登记的值。
   *
   * The value registered.
   */
  readonly value: Value
  /**
   * 可接受的值。
   *
   * What the field accepts.
   */
  readonly accepted: Accepted
}

/** The registered `taro` value (the newest line when none), and the registered platforms ('weapp' when none). */
type RegisteredTaro = Register extends { taro: infer T } ? T : NewestLine
type RegisteredPlatforms = Register extends { platform: infer P } ? P : 'weapp'

type TaroAccepted = `a string: a line the probe executed, '${OldestRootLine}' to '${NewestLine}' (@tarojs/taro's types from ${OldestRootLine} on), or a published release of one, such as '${NewestLine}.0'`
type PlatformAccepted = `'weapp' | 'alipay' | 'tt' | 'swan' | 'qq' | 'jd' | 'h5' | 'rn', every platform the project ships`

/** The members of a registered `taro` value that name no line the probe executed nor a published release of one. */
type NotAVersion<T> = T extends unknown ? (IsVersion<T> extends true ? never : T) : never

/**
 * Whether T is a line or a published release the root entry types (3.3 on): a lookup of T among the
 * properties of \`Releases\`, which, unlike \`T extends TaroVersion\`, does not build the union of all of them
 * in the user's program (and leaves out the older lines that \`/module\` adds).
 */
type IsVersion<T> = T extends string ? (string extends T ? false : Releases extends { [K in T]: unknown } ? true : false) : false

type Problems =
  | (keyof Register extends 'taro' | 'platform' ? never
    : RegisterProblem<Exclude<keyof Register, 'taro' | 'platform'> & string, Register[Exclude<keyof Register, 'taro' | 'platform'>], 'only the fields taro and platform'>)
  | ([RegisteredVersion] extends [never] ? RegisterProblem<'taro', NotAVersion<RegisteredTaro>, TaroAccepted> : never)
  | ([RegisteredPlatforms] extends [never] ? RegisterProblem<'platform', never, PlatformAccepted>
    // any: for example a type name that does not resolve, in a .d.ts whose errors skipLibCheck hides
    : 0 extends 1 & RegisteredPlatforms ? RegisterProblem<'platform', RegisteredPlatforms, PlatformAccepted>
    : [RegisteredPlatforms] extends [TaroPlatform] ? never
    : [Exclude<RegisteredPlatforms, TaroPlatform | UnprobedPlatform>] extends [never]
      ? RegisterProblem<'platform', Exclude<RegisteredPlatforms, TaroPlatform>, `a platform the probe has executed; this one it has not: ${PlatformAccepted}`>
      : RegisterProblem<'platform', Exclude<RegisteredPlatforms, TaroPlatform | UnprobedPlatform>, PlatformAccepted>)
  | ([RegisteredVersion] extends [never] ? never
    : [Unpublished<RegisteredVersion, RegisteredPlatforms>] extends [never] ? never
    : RegisterProblem<'platform', Unpublished<RegisteredVersion, RegisteredPlatforms>, `a platform Taro ${RegisteredVersion} was published for (data/runtime.json: on this one it was not, or its uploadFile throws)`>)

/** The platforms of P on which no release of V has a runtime to type (not published, or `uploadFile` throws). */
type Unpublished<V extends keyof Releases, P> = P extends TaroPlatform ? ([RuntimeData[Releases[V]][P]] extends [never] ? P : never) : never

/**
 * `Register` 中登记的 Taro：精确版本（类型为该版本的实测行为）或版本线（类型为该线所有版本共有的行为）；未登记时为最新实测版本线；
 * `taro` 登记错误时为 `never`（此时 `Taro.uploadFile` 与 `UploadTaskOn` 给出 `RegisterProblem`）。
 *
 * The Taro `Register` names: an exact release (typed as that release behaves) or a line (typed as every
 * release of the line behaves); the newest line the probe executed when it names none; `never` when
 * its `taro` is wrong (`Taro.uploadFile` and `UploadTaskOn` then give its `RegisterProblem`).
 */
export type RegisteredVersion = [NotAVersion<RegisteredTaro>] extends [never] ? RegisteredTaro : never

/**
 * 已弃用：3.0 起 `Register` 的精确版本即代表该版本，请用 `RegisteredVersion`。此名称现为所登记版本所属的版本线。
 *
 * Deprecated in 3.0: an exact version in `Register` now means that release; use `RegisteredVersion`.
 * This name is now the line of the registered version.
 * @deprecated
 */
export type RegisteredLine = RegisteredVersion extends `${infer Major}.${infer Minor}.${number}` ? `${Major}.${Minor}` : RegisteredVersion

/**
 * `Register` 中登记的平台（未登记时为 `'weapp'`）。
 *
 * The platforms `Register` names; `'weapp'` when it names none.
 */
export type RegisteredPlatform = Extract<RegisteredPlatforms, TaroPlatform>

/**
 * `Taro.uploadFile` 在本项目中返回的类型：登记正确时为 `UploadTaskPromise<RegisteredVersion, RegisteredPlatform>`，否则为 `RegisterProblem`。
 *
 * What `Taro.uploadFile` returns in this project: `UploadTaskPromise<RegisteredVersion, RegisteredPlatform>`
 * when `Register` is right, its `RegisterProblem` when it is not.
 */
// `& TaroPlatform` spells the platforms out in hovers and errors (\`"weapp" | "h5"\`, not \`RegisteredPlatform\`).
export type RegisteredUploadTask = [Problems] extends [never] ? UploadTaskPromise<RegisteredVersion, RegisteredPlatform & TaroPlatform> : Problems

/**
 * 只在部分登记平台上运行的代码中的上传（按登记的 Taro 版本）：例如只为小程序选用的适配器。只是类型断言，不产生任何代码。
 * 登记错误时与 `Taro.uploadFile` 一样是 `RegisterProblem`。
 *
 * The upload, on the registered Taro, for code that runs on fewer platforms than the project registers:
 * an adapter chosen at runtime for the mini programs, in a project that registers `rn` too. It is a type
 * assertion only; P must be among the registered platforms. When `Register` is wrong it is the
 * `RegisterProblem`, as `Taro.uploadFile`'s result is.
 *
 * @example
 * const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' }) as UploadTaskOn<'weapp'>
 * upload.onProgressUpdate(({ progress }) => console.log(progress)) //=> void
 */
export type UploadTaskOn<P extends RegisteredPlatform> = [Problems] extends [never] ? UploadTaskPromise<RegisteredVersion, P> : Problems

/**
 * 只在部分登记平台上运行的文件中的 `uploadFile`：`const uploadFile = Taro.uploadFile as UploadFileOn<'weapp'>`。
 * 登记错误时其返回值是 `RegisterProblem`。
 *
 * `Taro.uploadFile` for a file whose code runs on fewer platforms than the project registers, on the
 * registered Taro. A type assertion only; P must be among the registered platforms. When `Register` is
 * wrong, what it returns is the `RegisterProblem`.
 *
 * @example
 * const uploadFile = Taro.uploadFile as UploadFileOn<'weapp'>
 * uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' }).progress(({ progress }) => console.log(progress)) //=> UploadTaskOn<'weapp'>
 */
export type UploadFileOn<P extends RegisteredPlatform> = (option: import('@tarojs/taro').uploadFile.Option) => UploadTaskOn<P>

declare module '@tarojs/taro' {
  interface TaroStatic {
    /**
     * 将本地资源上传到服务器。返回值的类型是 Taro 运行时在登记的版本与平台上真实返回的对象
     * （`UploadTaskPromise<RegisteredVersion, RegisteredPlatform>`）：运行时会抛出的调用是编译错误。
     *
     * Upload a local file to a server. Typed by taro-upload-task-types as what Taro's runtime really
     * returns on the registered release (or line) and platforms: a call that would throw at runtime is a compile error.
     *
     * @see https://docs.taro.zone/docs/apis/network/upload/uploadFile
     * @example
     * const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' })
     * upload.progress(({ progress }) => console.log(`${progress}%`))
     * const { statusCode, data } = await upload
     * statusCode //=> number
     */
    uploadFile(option: import('@tarojs/taro').uploadFile.Option): RegisteredUploadTask
  }
}
