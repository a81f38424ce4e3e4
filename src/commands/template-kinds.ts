/** The templates 插入模板 offers (in a file of its own, so the task pane can list them without loading the templates). */
export type TemplateKind = 'county' | 'county-detail' | 'engineer' | 'staff' | 'staff-penalties' | 'fiscal';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['county', 'county-detail', 'engineer', 'staff', 'staff-penalties', 'fiscal'];
