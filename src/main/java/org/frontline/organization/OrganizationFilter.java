package org.frontline.organization;

/** The {@code OrganizationFilter} input; null means no condition. */
record OrganizationFilter(String name) {
}
