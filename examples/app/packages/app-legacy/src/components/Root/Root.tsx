import { PropsWithChildren } from 'react';
import {
  Sidebar,
  SidebarDivider,
  SidebarItem,
  SidebarPage,
} from '@backstage/core-components';
import CategoryIcon from '@material-ui/icons/Category';
import HomeIcon from '@material-ui/icons/Home';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import SearchIcon from '@material-ui/icons/Search';
import SettingsIcon from '@material-ui/icons/Settings';

export const Root = ({ children }: PropsWithChildren<{}>) => (
  <SidebarPage>
    <Sidebar>
      <SidebarItem icon={SearchIcon} to="search" text="Search" />
      <SidebarDivider />
      <SidebarItem icon={HomeIcon} to="home" text="Home" />
      <SidebarItem icon={CategoryIcon} to="catalog" text="Catalog" />
      <SidebarItem icon={MenuBookIcon} to="docs" text="Docs" />
      <SidebarItem
        icon={LibraryBooksIcon}
        to="docs-by-persona"
        text="Docs by persona"
      />
      <SidebarDivider />
      <SidebarItem icon={SettingsIcon} to="settings" text="Settings" />
    </Sidebar>
    {children}
  </SidebarPage>
);
