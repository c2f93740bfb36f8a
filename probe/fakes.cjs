// The fake platforms the probe runs Taro's code against. Each records every call that reaches it,
// with the number of arguments, and completes an upload on demand:
// - a mini-program global (`wx`, `my`, ...) whose `uploadFile` returns the task its vendor describes
//   (data/platforms.json): its methods, each listener's event fields, the success result's fields.
//   on/off keep a listener set; off with no argument clears it where the vendor makes the listener
//   optional. A call with fewer arguments than the vendor's signature requires is recorded as such
//   ("task.abort(0 of 1 required)"), not thrown: no vendor says what a missing argument does;
// - an `XMLHttpRequest` for H5, which answers the blob read of the file and then the upload;
// - a `fetch` for React Native, which answers with a `Response` whose body is JSON.
// Imports the bundle could not take from Taro's packages are stubs: reading one gives another stub,
// calling one throws, and both are recorded.
'use strict'
const { readFileSync } = require('node:fs')
const { join } = require('node:path')

/** Every mini-program platform's task, as its vendor describes it. */
const vendors = JSON.parse(readFileSync(join(__dirname, '../data/platforms.json'), 'utf8')).platforms

/** What H5's XHR and React Native's fetch deliver (the body, the raw headers, the byte counts). */
const web = {
  progress: { loaded: 512, total: 1024 },
  rawHeaders: 'content-type: application/json\r\n',
  body: '{"ok":true}',
}

/** A value of a field the vendor describes, by its type. */
function valueOf(name, type) {
  if (type === 'number') return name === 'progress' ? 50 : name === 'statusCode' ? 200 : /Expected/.test(name) ? web.progress.total : web.progress.loaded
  if (type === 'string') return name === 'data' ? web.body : name === 'errMsg' ? 'uploadFile:ok' : 'probe'
  if (type === 'boolean') return true
  return { 'content-type': 'application/json' } // header maps
}

/** An object with the fields a vendor lists (the fields of older clients only: see vendors.mjs). */
const objectOf = shape => shape && Object.fromEntries(Object.entries(shape.fields).map(([name, type]) => [name, valueOf(name, type)]))

/** The events and result one platform's uploads deliver, the same objects every time. */
function deliveredOn(platform) {
  const vendor = vendors[platform]
  if (!vendor) return { ...web }
  return { ...web, progress: objectOf(vendor.progressEvent), header: objectOf(vendor.headerEvent), success: objectOf(vendor.success) }
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

function installMini(globalName, platform, record, delivered, without) {
  const uploads = []
  const vendor = vendors[platform]
  if (!vendor) throw new Error(`data/platforms.json does not describe ${platform}`)
  // What every mini-program environment gives its code, and Taro's runtimes touch on load.
  globalThis.navigator = { userAgent: 'taro-upload-task-probe' }
  globalThis.getCurrentPages = () => []
  globalThis.getApp = () => ({})
  globalThis.requirePlugin = () => ({})
  for (const name of ['App', 'Page', 'Component', 'Behavior']) globalThis[name] = () => {}
  const fake = {
    uploadFile(option) {
      record.log.push(`${globalName}.uploadFile(${arguments.length})`)
      const listeners = { progress: new Set(), header: new Set() }
      const task = {}
      for (const [name, { parameters }] of Object.entries(vendor.task)) {
        if (without.includes(name)) continue
        const required = parameters.filter(parameter => !parameter.optional).length
        const set = /^o(n|ff)Progress/.test(name) ? listeners.progress : /^o(n|ff)Headers/.test(name) ? listeners.header : undefined
        task[name] = function (...args) {
          record.log.push(`task.${name}(${args.length}${args.length < required ? ` of ${required} required` : ''})`)
          if (set && name.startsWith('on') && typeof args[0] === 'function') set.add(args[0])
          if (set && name.startsWith('off')) {
            if (args[0] === undefined && parameters[0]?.optional) set.clear()
            else set.delete(args[0])
          }
          // The vendors' task methods return nothing.
        }
      }
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
  Object.defineProperty(fake, 'canIUse', { value: () => true })
  globalThis[globalName] = fake
  return uploads
}

function installXhr(record) {
  const uploads = []
  // Taro's H5 API reads the page (document.body, window, location) on load: a real DOM, from jsdom,
  // with this global as `window`, as in a browser. XMLHttpRequest stays the fake below.
  const { JSDOM } = require('jsdom')
  const page = new JSDOM('<!doctype html><body></body>', { url: 'https://probe.invalid/' }).window
  Object.assign(globalThis, { window: globalThis, document: page.document, location: page.location, navigator: page.navigator })
  // Window events (Taro 3.3.17's H5 bundle listens to them on load) go to the page's window.
  for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) globalThis[name] = page[name].bind(page)
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
    getAllResponseHeaders() { return web.rawHeaders }
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
      this.upload.onprogress?.({ ...web.progress, lengthComputable: true })
      this.readyState = 2
      this.onreadystatechange?.()
      this.readyState = 4
      this.status = 200
      this.responseText = web.body
      this.response = web.body
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
    const response = new Response(web.body, { status: 200, headers: { 'content-type': 'application/json' } })
    responses.push(response)
    return response
  }
  return responses
}

/**
 * Installs the fakes for one platform ('weapp' ... 'jd', 'h5', 'rn') on globalThis; `kind` is 'mini',
 * 'h5' or 'rn', `globalName` the mini-program global. Returns the record ({ log, stubsRead,
 * stubsCalled, responses }), the uploads started so far (each with complete() where the platform lets
 * the probe finish it), and what the platform delivers. `without` lists task methods to leave out.
 */
function installFakes(kind, globalName, platform, { without = [] } = {}) {
  const record = { log: [], stubsRead: new Set(), stubsCalled: new Set(), responses: [] }
  const delivered = deliveredOn(platform)
  installStubs(record)
  if (kind === 'mini') return { record, delivered, uploads: installMini(globalName, platform, record, delivered, without) }
  if (kind === 'h5') return { record, delivered, uploads: installXhr(record) }
  record.responses = installFetch(record)
  return { record, delivered, uploads: [] }
}

module.exports = { installFakes }
