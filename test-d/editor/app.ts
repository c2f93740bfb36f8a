declare const task: Taro.UploadTask
task.onProgressUpdate(res => res.progress)
export {}
