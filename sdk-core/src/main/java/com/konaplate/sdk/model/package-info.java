/**
 * The request and result types of the KONA PLATE Open API, generated from openapi.yaml: one
 * immutable class with a builder per schema, extensible enums, and the result base class.
 */
package com.konaplate.sdk.model;
