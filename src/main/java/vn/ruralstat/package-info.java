/**
 * ruralstat: consolidates the spreadsheets of Vietnam's New Rural Development and poverty reduction
 * programme into checked reports. This package holds only the Spring Boot entry point; the data's path
 * through the feature packages is drawn in {@code docs/architecture.md}.
 */
package vn.ruralstat;
