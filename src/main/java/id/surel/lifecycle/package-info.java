/**
 * Account lifecycle requests: password reset, suspend, close (kept or handed over) and quota change of an existing
 * account, each through the tenant's SOP definition of that service (docs/account-lifecycle.md).
 */
package id.surel.lifecycle;
