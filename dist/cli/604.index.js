export const id = 604;
export const ids = [604];
export const modules = {

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* binding */ EXIT),
/* harmony export */   processIo: () => (/* binding */ processIo)
/* harmony export */ });
function processIo(entry) {
    const env = process.env;
    const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
        ? true
        : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
    return {
        cwd: process.cwd(),
        env,
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        color,
        ...(entry && { entry }),
    };
}
/** Exit codes, the same for every command: documented in the README. */
const EXIT = { ok: 0, found: 1, error: 2 };


/***/ })

};
