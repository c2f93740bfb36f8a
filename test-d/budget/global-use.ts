declare const task: Taro.UploadTask
task.abort()
export {}
