// The fake platforms the probe runs Taro's code against. Each records every call that reaches it,
// with the number of arguments, and completes an upload on demand:
// - a mini-program global (`wx`, `my`, ...) whose `uploadFile` returns a task with WeChat's five
//   methods (on/off keep a listener set; off with no argument clears it, as WeChat documents);
// - an `XMLHttpRequest` for H5, which answers the blob read of the file and then the upload;
// - a `fetch` for React Native, which answers with a `Response` whose body is JSON.
// Imports the bundle could not take from Taro's packages are stubs: reading one gives another stub,
// calling one throws, and both are recorded.
'use strict'

/** The events and results a completed upload delivers, the same objects every time. */
const delivered = {
  progress: { progress: 50, totalBytesSent: 512, totalBytesExpectedToSend: 1024 },
  header: { header: { 'content-type': 'application/json' } },
  success: { data: '{"ok":true}', statusCode: 200, errMsg: 'uploadFile:ok' },
  rawHeaders: 'content-type: application/json\r\n',
  body: '{"ok":true}',
}

/**
 * Modules given to the runtime as plain objects rather than stubs, because it reads them on its normal
 * path: React Native's `Platform` (the probe runs as iOS).
 */
const moduleFakes = {
  'react-native': { Platform: { OS: 'ios', select: choices => choices.ios ?? choices.default } },
}

function installStubs(record) {
  globalThis.__probeStub = function stub(name) {
    if (name in moduleFakes) {
      record.stubsRead.add(name)
      return moduleFakes[name]
    }
    const target = function () {}
    return new Proxy(target, {
      get(_, key) {
        if (key === '__esModule') return false
        if (key === 'then' || typeof key === 'symbol') return undefined
        record.stubsRead.add(name)
        return stub(`${name}.${String(key)}`)
      },
      apply() {
        record.stubsCalled.add(name)
        throw new Error(`the probe stubs ${name}, and the runtime called it`)
      },
      construct() {
        record.stubsCalled.add(name)
        throw new Error(`the probe stubs ${name}, and the runtime constructed it`)
      },
    })
  }
}

function installMini(globalName, record, without) {
  const uploads = []
  // What every mini-program environment gives its code, and Taro's runtimes touch on load.
  globalThis.navigator = { userAgent: 'taro-upload-task-probe' }
  globalThis.getCurrentPages = () => []
  globalThis.getApp = () => ({})
  globalThis.requirePlugin = () => ({})
  for (const name of ['App', 'Page', 'Component', 'Behavior']) globalThis[name] = () => {}
  const platform = {
    uploadFile(option) {
      record.log.push(`${globalName}.uploadFile(${arguments.length})`)
      const listeners = { progress: new Set(), header: new Set() }
      const method = (name, body) => function (...args) {
        record.log.push(`task.${name}(${args.length})`)
        body(...args) // WeChat's task methods return nothing
      }
      const off = set => fn => (fn === undefined ? set.clear() : set.delete(fn))
      const task = {
        abort: method('abort', () => {}),
        onProgressUpdate: method('onProgressUpdate', fn => { listeners.progress.add(fn) }),
        offProgressUpdate: method('offProgressUpdate', off(listeners.progress)),
        onHeadersReceived: method('onHeadersReceived', fn => { listeners.header.add(fn) }),
        offHeadersReceived: method('offHeadersReceived', off(listeners.header)),
      }
      for (const name of without) delete task[name]
      uploads.push({
        async complete() {
          for (const fn of listeners.progress) fn(delivered.progress)
          for (const fn of listeners.header) fn(delivered.header)
          option.success(delivered.success)
        },
      })
      return task
    },
  }
  // Alipay's runtime asks canIUse on load; not enumerable, so Taro 3's API setup does not wrap it.
  Object.defineProperty(platform, 'canIUse', { value: () => true })
  globalThis[globalName] = platform
  return uploads
}

function installXhr(record) {
  const uploads = []
  // Taro's H5 API reads the page (document.body, window, location) on load: a real DOM, from jsdom,
  // with this global as `window`, as in a browser. XMLHttpRequest stays the fake below.
  const { JSDOM } = require('jsdom')
  const page = new JSDOM('<!doctype html><body></body>', { url: 'https://probe.invalid/' }).window
  Object.assign(globalThis, { window: globalThis, document: page.document, location: page.location, navigator: page.navigator })
  globalThis.XMLHttpRequest = class XMLHttpRequest {
    constructor() {
      this.upload = {}
      this.readyState = 0
      this.status = 0
      this.responseText = ''
      this.response = null
      this.responseType = ''
    }
    open(method) {
      record.log.push(`xhr.open(${arguments.length})`)
      this.method = method
      this.readyState = 1
      if (method === 'POST') uploads.push(this)
    }
    setRequestHeader() {}
    getAllResponseHeaders() { return delivered.rawHeaders }
    getResponseHeader() { return 'application/json' }
    send() {
      record.log.push(`xhr.send(${arguments.length})`)
      this.sent = true
      if (this.method !== 'POST') {
        // The runtime reads the file (a blob URL in a browser) before it uploads it.
        setTimeout(() => {
          this.status = 200
          this.readyState = 4
          this.response = new Blob(['probe'], { type: 'text/plain' })
          this.onload?.call(this)
        })
      }
    }
    abort() {
      record.log.push(`xhr.abort(${arguments.length})`)
      this.onabort?.call(this)
    }
    async complete() {
      for (let waited = 0; !this.sent; waited++) {
        if (waited > 200) throw new Error('the H5 runtime never sent the upload')
        await new Promise(resolve => setTimeout(resolve, 5))
      }
      this.upload.onprogress?.({ loaded: delivered.progress.totalBytesSent, total: delivered.progress.totalBytesExpectedToSend, lengthComputable: true })
      this.readyState = 2
      this.onreadystatechange?.()
      this.readyState = 4
      this.status = 200
      this.responseText = delivered.body
      this.response = delivered.body
      this.onreadystatechange?.()
      this.onload?.call(this)
    }
  }
  return uploads
}

function installFetch(record) {
  const responses = []
  globalThis.fetch = async function fetch() {
    record.log.push(`fetch(${arguments.length})`)
    const response = new Response(delivered.body, { status: 200, headers: { 'content-type': 'application/json' } })
    responses.push(response)
    return response
  }
  return responses
}

/**
 * Installs the fakes for one platform kind ('mini', 'h5', 'rn') on globalThis. Returns the record
 * ({ log, stubsRead, stubsCalled, responses }) and uploads: the uploads started so far, each with
 * complete() where the platform lets the probe finish it. `without` lists task methods to leave out.
 */
function installFakes(kind, globalName, { without = [] } = {}) {
  const record = { log: [], stubsRead: new Set(), stubsCalled: new Set(), responses: [] }
  installStubs(record)
  if (kind === 'mini') return { record, uploads: installMini(globalName, record, without) }
  if (kind === 'h5') return { record, uploads: installXhr(record) }
  record.responses = installFetch(record)
  return { record, uploads: [] }
}

module.exports = { delivered, installFakes }
