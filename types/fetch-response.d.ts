// What React Native's `uploadFile` resolves with from Taro 3.2 on: the `fetch` Response itself.

/**
 * `fetch` 的 `Response`：程序含 DOM 库时即 DOM 的 `Response`，否则为 React Native 的 `fetch` 提供的常用成员。
 *
 * The `fetch` Response: the DOM lib's `Response` where the program has that lib, else the members React
 * Native's `fetch` gives every response.
 */
export type FetchResponse = typeof globalThis extends { Response: { prototype: infer R } } ? R : FetchResponseMembers

/**
 * 没有 DOM 库时 `Response` 的常用成员。
 *
 * The common members of a `Response`, for programs without the DOM lib.
 */
export interface FetchResponseMembers {
  /**
   * 状态码在 200–299 之间。
   *
   * True when the status is in the range 200–299.
   */
  readonly ok: boolean
  /**
   * HTTP 状态码。
   *
   * The HTTP status code.
   */
  readonly status: number
  /**
   * HTTP 状态文本。
   *
   * The HTTP status text.
   */
  readonly statusText: string
  /**
   * 响应的 URL。
   *
   * The response's URL.
   */
  readonly url: string
  /**
   * 把响应体读为 JSON。
   *
   * Reads the body as JSON.
   */
  json(): Promise<any>
  /**
   * 把响应体读为文本。
   *
   * Reads the body as text.
   */
  text(): Promise<string>
}

// Only the declarations marked `export` above are this file's exports (without this line a declaration
// file exports every top-level declaration, marked or not).
export {}
