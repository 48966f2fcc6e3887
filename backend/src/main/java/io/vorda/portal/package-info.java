/**
 * Portal: the REST adapter for debtors (api-spec/openapi/portal.v1.yaml). Today it checks portal links; no links
 * are issued yet, so every well-formed token is answered PORTAL_LINK_INVALID. Owns no tables yet.
 */
@NullMarked
package io.vorda.portal;

import org.jspecify.annotations.NullMarked;
