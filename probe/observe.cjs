// Runs in a process of its own for one (line, platform): installs the fake platform, loads the bundled
// runtime, and observes what `uploadFile` returns. Every experiment starts a fresh upload, so no
// experiment sees another's listeners. Prints the observation as JSON; exits non-zero, with the reason
// on stderr, when the runtime cannot be loaded or does not behave like an upload at all.
//   node observe.cjs <bundle.js> <mini|h5|rn> <mini-program global or ''> <platform> [--without=<task method>]
// --without leaves one method out of the fake mini-program task (the tests use it to show that the
// observation follows the platform).
'use strict'
const { installFakes } = require('./fakes.cjs')

const [bundleFile, kind, globalName, platform] = process.argv.slice(2).filter(arg => !arg.startsWith('--'))
const without = process.argv.slice(2).filter(arg => arg.startsWith('--without=')).map(arg => arg.slice('--without='.length))
const marker = '@@observation '
// Uploads the experiments abort or never finish reject later; the resolution experiment reports its own.
process.on('unhandledRejection', () => {})
const { record, uploads, delivered } = installFakes(kind, globalName, platform, { without })

function stop(message) {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

let runtime
try {
  runtime = require(bundleFile)
} catch (error) {
  stop(`cannot load the runtime: ${error && error.stack || error}`)
}
// Taro's object (`Taro.uploadFile`), a module's named export, or (H5 up to 3.0) its default export.
const uploadFile = [runtime && runtime.uploadFile, runtime && runtime.default && runtime.default.uploadFile, runtime && runtime.default]
  .find(fn => typeof fn === 'function')
const exported = Object.keys(runtime || {})
if (!uploadFile && exported.length === 0) stop('the runtime loaded but exports nothing')
// A runtime that loads and has no uploadFile (Taro 1.3's first React Native releases, the H5 bundle of
// 3.3.17 and 3.3.18): the user's `Taro.uploadFile(...)` is a call of undefined, which throws.
if (!uploadFile) report({ uploadFileThrows: 'TypeError: uploadFile is not a function (the runtime does not export it)' })

/** The listener methods, the event each one listens to, and the off method that removes its listeners. */
const listen = {
  onProgressUpdate: 'progress', progress: 'progress',
  onHeadersReceived: 'header', headersReceived: 'header', headersReceive: 'header',
}
const offOf = { progress: 'offProgressUpdate', header: 'offHeadersReceived' }
const onOf = { offProgressUpdate: 'onProgressUpdate', offHeadersReceived: 'onHeadersReceived' }
const known = ['abort', 'onProgressUpdate', 'offProgressUpdate', 'onHeadersReceived', 'offHeadersReceived',
  'progress', 'headersReceived', 'headersReceive', 'then', 'catch', 'finally']

/** Starts an upload; returns the returned value and a function that completes the upload. */
function start() {
  const before = uploads.length
  const value = uploadFile({ url: 'https://probe.invalid/upload', filePath: 'blob:probe/file', name: 'file', formData: { user: 'probe' } })
  const upload = uploads[before]
  return { value, complete: async () => { if (upload) await upload.complete() } }
}

/** Waits for a promise a little while; says how it settled. */
function settle(value) {
  if (!value || typeof value.then !== 'function') return Promise.resolve({ settled: 'not a promise' })
  return Promise.race([
    Promise.resolve(value).then(result => ({ settled: 'resolved', result }), error => ({ settled: 'rejected', error })),
    new Promise(resolve => setTimeout(() => resolve({ settled: 'pending' }), 300)),
  ])
}

/** The JavaScript type of a value; an object whose values are all strings (a header map) says so. */
function typeOfValue(value) {
  if (value && typeof value === 'object' && Object.values(value).every(item => typeof item === 'string')) return 'object of strings'
  return typeof value
}

/** The JavaScript type of each field of an object, in key order. */
const fieldTypes = value => Object.fromEntries(Object.keys(value).sort().map(key => [key, typeOfValue(value[key])]))

/** Where a member is found on the returned value. */
function presence(value, name) {
  const own = Object.getOwnPropertyDescriptor(value, name)
  if (own) return own.get ? 'getter' : typeof own.value === 'function' ? 'method' : 'value'
  if (!(name in value)) return 'absent'
  return value[name] === Promise.prototype[name] ? 'promise' : 'inherited'
}

/** Calls a member of the value with args; records what it returned and what reached the platform. */
function call(value, name, args) {
  const before = record.log.length
  const outcome = {}
  try {
    const returned = value[name](...args)
    outcome.result = returned === value ? 'promise' : returned === undefined ? 'undefined' : typeof returned
  } catch (error) {
    outcome.result = 'throws'
    outcome.error = `${error && error.constructor && error.constructor.name}: ${error && error.message}`
  }
  outcome.reaches = record.log.slice(before)
  return outcome
}

/** A listener that records what it receives. */
function listener() {
  const calls = []
  const fn = (...args) => { calls.push(args) }
  fn.calls = calls
  return fn
}

async function observeListener(name) {
  const { value, complete } = start()
  const fn = listener()
  const outcome = call(value, name, [fn])
  if (outcome.result === 'throws') return outcome
  await complete()
  const event = delivered[listen[name]]
  const [first] = fn.calls
  outcome.listener = first
    ? { calls: fn.calls.length, receives: fieldTypes(first[0]), passedThrough: first[0] === event }
    : { calls: 0 }
  return outcome
}

/** Does off(listener) remove a listener added with `adder`? Does off() remove every listener? */
async function observeOff(name) {
  const outcome = call(start().value, name, [listener()])
  if (outcome.result === 'throws') return outcome
  const removal = async (adder, args) => {
    const { value, complete } = start()
    const fns = [listener(), listener()]
    for (const fn of fns) if (call(value, adder, [fn]).result === 'throws') return { adder: 'throws' }
    const off = call(value, name, args === 'none' ? [] : [fns[0]])
    await complete()
    return { ...off, removed: fns.map(fn => fn.calls.length === 0) }
  }
  const adders = Object.keys(listen).filter(adder => offOf[listen[adder]] === name && presence(start().value, adder) !== 'absent')
  outcome.removesListenerOf = {}
  for (const adder of adders) outcome.removesListenerOf[adder] = (await removal(adder, 'one')).removed?.join() === 'true,false'
  const none = adders.includes(onOf[name]) ? await removal(onOf[name], 'none') : call(start().value, name, [])
  outcome.noArgument = { result: none.result, reaches: none.reaches, removesEvery: none.removed ? none.removed.every(Boolean) : null }
  return outcome
}

async function observeAbort() {
  const { value } = start()
  let ran = false
  const before = record.log.length
  const outcome = call(value, 'abort', [() => { ran = true; record.log.push('callback') }])
  outcome.reaches = record.log.slice(before)
  outcome.runsCallback = ran
  return outcome
}

async function observeResolution() {
  const { value, complete } = start()
  await complete()
  const outcome = await settle(value)
  if (outcome.settled !== 'resolved') return { settled: outcome.settled, error: outcome.error && String(outcome.error.errMsg ?? outcome.error) }
  const { result } = outcome
  if (result === delivered.success) return { settled: 'resolved', with: 'the platform\'s success result', fields: fieldTypes(result) }
  if (record.responses.includes(result)) return { settled: 'resolved', with: 'the fetch Response' }
  if (result && typeof result === 'object') return { settled: 'resolved', with: 'an object of its own', fields: fieldTypes(result) }
  return { settled: 'resolved', with: typeof result }
}

async function main() {
  let value
  try {
    value = start().value
  } catch (error) {
    // The call itself throws: there is no returned value to observe.
    report({ uploadFileThrows: `${error && error.constructor && error.constructor.name}: ${error && error.message}` })
  }
  const observation = {
    isPromise: Object.prototype.toString.call(value) === '[object Promise]',
    members: {},
    otherMembers: Object.getOwnPropertyNames(value).filter(name => !known.includes(name)).sort(),
  }
  for (const name of [...known, ...observation.otherMembers]) {
    const where = presence(value, name)
    let found = { presence: where }
    if (where !== 'absent' && where !== 'promise' && typeof value[name] === 'function') {
      if (name in listen) found = { ...found, ...await observeListener(name) }
      else if (name in onOf) found = { ...found, ...await observeOff(name) }
      else if (name === 'abort') found = { ...found, ...await observeAbort() }
    }
    observation.members[name] = found
  }
  observation.resolves = await observeResolution()
  if (record.stubsCalled.size > 0) stop(`the runtime called stubbed modules: ${[...record.stubsCalled].sort().join(', ')}`)
  report(observation)
}

/** Prints the observation on a line of its own (the runtime may log too), and exits: H5 keeps a timer per upload. */
function report(observation) {
  process.stdout.write(`\n${marker}${JSON.stringify(observation)}\n`)
  process.exit(0)
}

main().catch(error => stop(`the probe failed while observing: ${error && error.stack || error}`))
