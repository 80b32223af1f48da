/** Extension points implemented by optional SDK modules, such as payload encryption. */
package com.konaplate.sdk.spi;
