package org.rotaguard.app.web;

/** The JSON API over the embedded H2 database. */
@H2Web
class H2ApiTest extends ApiContract {
}
