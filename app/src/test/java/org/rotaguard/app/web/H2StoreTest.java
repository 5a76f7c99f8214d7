package org.rotaguard.app.web;

/** The rota store over the embedded H2 database. */
@H2Web
class H2StoreTest extends StoreContract {
}
