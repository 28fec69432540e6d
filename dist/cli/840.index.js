export const id = 840;
export const ids = [840];
export const modules = {

/***/ 3840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatBlockAdvice: () => (/* binding */ formatBlockAdvice)
/* harmony export */ });
/* harmony import */ var _detect_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6619);

function formatBlockAdvice(findings) {
    const dotenv = findings.filter((f) => f.rule === "dotenv-file").map((f) => f.file);
    const credentialFiles = [...new Set(findings.filter((f) => f.rule !== "dotenv-file").map((f) => f.file))];
    const lines = ["", "wa-token-guard blocked this commit."];
    if (credentialFiles.length > 0) {
        lines.push("  Take the credential out of the file, use an environment variable or a secret store, then re-stage:", ...credentialFiles.map((file) => `    git add ${quote(file)}      (or unstage it: git restore --staged ${quote(file)})`));
    }
    if (dotenv.length > 0) {
        lines.push("  Keep .env files out of git: remove them from the index and ignore them:", ...dotenv.map((file) => `    git rm --cached ${quote(file)}`), "    echo '.env*' >> .gitignore   (commit a .env.example without values instead)");
    }
    lines.push("  A token that was ever committed or pushed must be revoked and replaced:", "    Meta Business Settings -> Users -> System users -> (user) -> Revoke tokens, then Generate new token.", "  A false positive? Add `wa-token-guard:allow` to the line, or run `wa-token-guard scan --staged --update-ignore`.", "  To commit anyway, on purpose: git commit --no-verify", "");
    return lines.join("\n");
}
/** Quotes a path for a POSIX shell when it needs it. */
function quote(path) {
    if ((0,_detect_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(path) !== path)
        return (0,_detect_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(path); // a control character: shown, not run
    return /^[\w./@+-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}


/***/ })

};
