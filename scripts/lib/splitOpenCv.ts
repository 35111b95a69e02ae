/**
 * Splits the @techstark/opencv-js script into its wasm binary and an eval-free glue that exports the
 * emscripten factory (see scripts/build-opencv.ts for why and what it gains). Pure: text in, parts out.
 */
import { createHash } from 'node:crypto';

interface Replacement {
  start: string;
  length: number;
  sha256: string;
  /** Same contract as the original; closures over the arguments instead of generated source. */
  text: string;
}

const REPLACEMENTS: Replacement[] = [
  {
    // A named wrapper (used for bound classes' constructors and error types): the name is set as a
    // property instead of being spliced into source.
    start: 'function createNamedFunction(',
    length: 211,
    sha256: 'a95503dfa8465a85',
    text: `function createNamedFunction(name,body){name=makeLegalFunctionName(name);
var f=function(){"use strict";return body.apply(this,arguments)};
Object.defineProperty(f,"name",{value:name});return f}`,
  },
  {
    // Calls a wasm table function through dynCall with a fixed arity (the signature's argument count).
    start: 'function makeDynCaller(',
    length: 372,
    sha256: '2073f965b6bd96bf',
    text: `function makeDynCaller(dynCall){var n=signature.length-1;
return function(){var a=new Array(n+1);a[0]=rawFunction;for(var i=0;i<n;i++)a[i+1]=arguments[i];
return dynCall.apply(null,a)}}`,
  },
  {
    // The invoker of every bound function and method: checks the argument count, converts arguments to
    // wire types (the receiver first for methods), calls, runs destructors, converts the result back.
    start: 'function craftInvokerFunction(',
    length: 2319,
    sha256: 'c3b5cdb7cca16a1c',
    text: `function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc){
var argCount=argTypes.length;
if(argCount<2){throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!")}
var isClassMethodFunc=argTypes[1]!==null&&classType!==null;
var needsDestructorStack=false;
for(var i=1;i<argTypes.length;++i){if(argTypes[i]!==null&&argTypes[i].destructorFunction===undefined){needsDestructorStack=true;break}}
var returns=argTypes[0].name!=="void";var n=argCount-2;var first=isClassMethodFunc?2:1;
var retType=argTypes[0];var classParam=argTypes[1];
var f=function(){
if(arguments.length!==n){throwBindingError("function "+humanName+" called with "+arguments.length+" arguments, expected "+n+" args!")}
var destructors=needsDestructorStack?[]:null;var wired=new Array(first+n);wired[0]=cppTargetFunc;
if(isClassMethodFunc){wired[1]=classParam.toWireType(destructors,this)}
for(var i=0;i<n;i++){wired[first+i]=argTypes[i+2].toWireType(destructors,arguments[i])}
var rv=cppInvokerFunc.apply(null,wired);
if(needsDestructorStack){runDestructors(destructors)}
else{for(var i=isClassMethodFunc?1:2;i<argTypes.length;++i){if(argTypes[i].destructorFunction!==null){argTypes[i].destructorFunction(i===1?wired[1]:wired[first+i-2])}}}
if(returns){return retType.fromWireType(rv)}};
Object.defineProperty(f,"name",{value:makeLegalFunctionName(humanName)});return f}`,
  },
];

const WASM_PREFIX = 'var wasmBinaryFile="data:application/octet-stream;base64,';
/** The UMD wrapper runs the factory at require time; the split glue exports the factory instead. */
const UMD_CALL = '  return cv(Module);\n}));';

/** The version the replacements below were written for. */
export const PINNED = '4.12.0-release.1';

function fail(what: string): never {
  throw new Error(`splitOpenCv: ${what} (written for @techstark/opencv-js ${PINNED})`);
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Returns the wasm and the glue. Throws when the script is not the one the replacements were written
 * for (each replaced function is matched by its length and SHA-256), never patching unknown code.
 */
export function splitOpenCv(source: string): { wasm: Uint8Array; glue: string } {
  let src = source;
  const at = src.indexOf(WASM_PREFIX);
  const end = at < 0 ? -1 : src.indexOf('"', at + WASM_PREFIX.length);
  if (at < 0 || end < 0 || src.indexOf(WASM_PREFIX, end) >= 0) fail('the inline wasm was not found once');
  const wasm = Buffer.from(src.slice(at + WASM_PREFIX.length, end), 'base64');
  // The Node tsconfig's libs (ES2022, no DOM) do not declare WebAssembly.
  const { WebAssembly: wasmApi } = globalThis as unknown as {
    WebAssembly: { validate(bytes: Uint8Array): boolean };
  };
  if (!wasmApi.validate(wasm)) fail('the inline wasm does not validate');
  // The file name is never fetched: the loader hands the compiled module over through instantiateWasm.
  src = `${src.slice(0, at)}var wasmBinaryFile="opencv.wasm"${src.slice(end + 1)}`;

  for (const r of REPLACEMENTS) {
    const i = src.indexOf(r.start);
    if (i < 0 || src.indexOf(r.start, i + 1) >= 0) fail(`${r.start} was not found once`);
    const original = src.slice(i, i + r.length);
    if (sha(original) !== r.sha256) fail(`${r.start} is not the text this patch was written for`);
    src = src.slice(0, i) + r.text + src.slice(i + r.length);
  }
  // What init runs is now eval-free. One generator stays, __emval_get_method_caller: it runs only when
  // C++ calls a JS method through emval, which nothing in the analysis does.
  if (src.includes('new Function') || src.split('new_(Function').length !== 2)
    fail('code generation remains in the init path');
  const call = src.lastIndexOf(UMD_CALL);
  if (call < 0) fail('the UMD factory call was not found');
  src = `${src.slice(0, call)}  return cv;\n}));${src.slice(call + UMD_CALL.length)}`;

  return { wasm, glue: src };
}
