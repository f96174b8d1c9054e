package org.frontline.map;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the map and timeline client at {@code /map/}: a page, a script, a stylesheet and a basemap, which the build
 * (src/main/client, run by Maven) writes into {@code frontline-map/} on the classpath. The page loads nothing from
 * elsewhere and talks to the GraphQL API of the application that serves it.
 */
@Configuration(proxyBeanMethods = false)
class MapClientConfiguration implements WebMvcConfigurer {

    static final String PATH = "/map";
    private static final String LOCATION = "classpath:/frontline-map/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // the page's links (app.js, ../graphql) are relative to the folder, so the page lives at /map/, not /map
        registry.addRedirectViewController(PATH, PATH + "/");
        registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // revalidated on each load, so that a new build of the client is picked up at once
        registry.addResourceHandler(PATH + "/**").addResourceLocations(LOCATION).setCacheControl(CacheControl.noCache());
    }
}
