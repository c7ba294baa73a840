/**
 * The end-to-end crypto core: Cobblestone-256 chunked file encryption ({@code chunked}), HPKE key
 * wrapping ({@code hpke}), user key files ({@code keys}), the one-recipient sealed file ({@code
 * sealed}) and case keys ({@code casekey}). The byte layouts are written down in {@code
 * docs/crypto.md}; the browser implements the same formats in {@code web/.../js/crypto}.
 */
package se.knutpunkt.security.crypto;
