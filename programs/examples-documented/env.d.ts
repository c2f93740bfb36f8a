// The names the examples of the documented interface take as given.
declare const task: Taro.UploadTask
declare const url: string
declare const filePath: string
declare const options: { url: string; filePath: string; name: string }
declare namespace Taro {
  /** Stands for Taro's own uploadFile, which this program does not load. */
  function uploadFile(option: { url: string; filePath: string; name: string }): Taro.UploadTask
}
