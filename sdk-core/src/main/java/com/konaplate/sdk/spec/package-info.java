/**
 * A read-only description of the operations this SDK was generated from (openapi.yaml): paths,
 * retry classes, encryption flags, fields with their rules and sensitivity, documented result
 * codes, read-backs and examples. The local sandbox serves the API from it; tools may inspect it.
 */
package com.konaplate.sdk.spec;
